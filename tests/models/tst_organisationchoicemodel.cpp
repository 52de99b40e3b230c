#include "models/organisationchoicemodel.h"
#include "storage/store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTest>

using namespace pressdesk;

class TestOrganisationChoiceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRowThenChoicesThenUnknown()
    {
        OrganisationChoiceModel model(QStringLiteral("All organisations"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("All organisations"));
        QCOMPARE(model.index(0).data(Qt::UserRole).toLongLong(), RecordId(0));

        model.setChoices({{7, QStringLiteral("Bochum Marketing GmbH"), QString()},
                          {3, QStringLiteral("Stadt Bochum"), QStringLiteral("Stadtverwaltung")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("Stadt Bochum"));
        QCOMPARE(model.rowOf(3), 2);
        QCOMPARE(model.rowOf(0), 0);
        QCOMPARE(model.rowOf(99), -1);

        model.setUnknown(99, QStringLiteral("Organisation 99"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(99), 3);
        QCOMPARE(model.index(3).data(Qt::UserRole).toLongLong(), RecordId(99));
        model.setUnknown(0, {});
        QCOMPARE(model.rowCount(), 3);
    }

    // The repository's light list, as the contacts area reads it: by name, with kind, as a combo shows it.
    void comboShowsTheStoredOrganisationsByName()
    {
        auto store = Store::openInMemory();
        QVERIFY(store);
        for (const char *name : {"Stadtwerke Bochum", "Bochum Marketing GmbH", "Ruhr-Universität Bochum"}) {
            Organisation organisation;
            organisation.name = QString::fromUtf8(name);
            QVERIFY((*store)->organisations().insert(organisation));
        }
        const QList<OrganisationChoice> choices = *(*store)->organisations().choices();
        OrganisationChoiceModel model(QStringLiteral("No organisation"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChoices(choices);
        QComboBox combo;
        combo.setModel(&model);
        QCOMPARE(combo.count(), 4);
        QCOMPARE(combo.itemText(1), QStringLiteral("Bochum Marketing GmbH"));
        QCOMPARE(combo.itemText(3), QStringLiteral("Stadtwerke Bochum"));
        combo.setCurrentIndex(model.rowOf(choices.at(1).id));
        QCOMPARE(combo.currentData().toLongLong(), choices.at(1).id);
    }
};

QTEST_MAIN(TestOrganisationChoiceModel)
#include "tst_organisationchoicemodel.moc"
