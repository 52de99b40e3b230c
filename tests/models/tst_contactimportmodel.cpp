// The import preview model: one row per planned record, the action the only editable cell, Merge only
// for duplicates, "apply to all duplicates", and the counts the dialog shows. Under
// QAbstractItemModelTester throughout.

#include "models/contactimportmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pressdesk;

namespace {

using Action = ContactImportItem::Action;

ContactImportItem item(const QString &given, const QString &family, const QString &email, int line)
{
    ContactImportItem result;
    result.parsed.contact.givenName = given;
    result.parsed.contact.familyName = family;
    if (!email.isEmpty()) {
        ContactChannel channel;
        channel.kind = ChannelKind::Email;
        channel.value = email;
        result.parsed.contact.channels.append(channel);
    }
    result.parsed.organisationName = QStringLiteral("Stadt Bochum");
    result.parsed.line = line;
    return result;
}

// Line 2 is new, line 3 repeats a stored contact (id 7), line 4 repeats line 2; one problem on line 5.
ContactImportPlan samplePlan()
{
    ContactImportPlan plan;
    plan.items.append(
        item(QStringLiteral("Lena"), QStringLiteral("Özdemir"), QStringLiteral("lena@example.org"), 2));
    ContactImportItem stored =
        item(QStringLiteral("Julia"), QStringLiteral("Sommerfeld"), QStringLiteral("presse@example.org"), 3);
    stored.action = Action::Merge;
    stored.existingId = 7;
    stored.reason = QStringLiteral("same e-mail as Frau Julia Sommerfeld");
    stored.changes = {QStringLiteral("Role: “Pressesprecherin” → “Leiterin”"),
                      QStringLiteral("Address: “Willy-Brandt-Platz 2, 44787 Bochum” (new)")};
    plan.items.append(stored);
    ContactImportItem repeated = item(QStringLiteral("Lena"), QStringLiteral("Özdemir"), QString(), 4);
    repeated.action = Action::Merge;
    repeated.reason = QStringLiteral("same name and organisation as Lena Özdemir on line 2");
    repeated.earlierItem = 0; // as the importer marks it
    plan.items.append(repeated);
    plan.problems.append({5, QStringLiteral("The record has 3 fields; the header has 4.")});
    return plan;
}

} // namespace

class TestContactImportModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndColumns()
    {
        ContactImportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPlan(samplePlan(), {{7, QStringLiteral("Frau Julia Sommerfeld")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ContactImportModel::ColumnCount));
        QCOMPARE(model.headerData(ContactImportModel::ActionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Action"));
        QCOMPARE(model.headerData(ContactImportModel::ReasonColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Duplicate because"));

        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, ContactImportModel::ActionColumn), QStringLiteral("Add"));
        QCOMPARE(text(0, ContactImportModel::LineColumn), QStringLiteral("2"));
        QCOMPARE(text(0, ContactImportModel::NameColumn), QStringLiteral("Lena Özdemir"));
        QCOMPARE(text(0, ContactImportModel::OrganisationColumn), QStringLiteral("Stadt Bochum"));
        QCOMPARE(text(0, ContactImportModel::EmailColumn), QStringLiteral("lena@example.org"));
        QCOMPARE(text(0, ContactImportModel::ReasonColumn), QString());
        QCOMPARE(text(1, ContactImportModel::ActionColumn),
                 QStringLiteral("Merge into “Frau Julia Sommerfeld”"));
        // A merge into a stored contact says what it would change, field by field.
        QCOMPARE(
            text(1, ContactImportModel::ReasonColumn),
            QStringLiteral("same e-mail as Frau Julia Sommerfeld — would change Role: “Pressesprecherin” → "
                           "“Leiterin”; Address: “Willy-Brandt-Platz 2, 44787 Bochum” (new)"));
        QCOMPARE(
            model.data(model.index(1, ContactImportModel::ReasonColumn), Qt::ToolTipRole).toString(),
            QStringLiteral("same e-mail as Frau Julia Sommerfeld\nRole: “Pressesprecherin” → “Leiterin”\n"
                           "Address: “Willy-Brandt-Platz 2, 44787 Bochum” (new)"));
        QCOMPARE(text(2, ContactImportModel::ActionColumn),
                 QStringLiteral("Merge into “Lena Özdemir (line 2)”"));

        QVERIFY(!model.isDuplicate(0));
        QVERIFY(model.isDuplicate(1));
        QVERIFY(model.isDuplicate(2));
        QCOMPARE(model.duplicateCount(), 2);
        QCOMPARE(model.problems().size(), 1);
        QCOMPARE(model.countOf(Action::Add), 1);
        QCOMPARE(model.countOf(Action::Merge), 2);

        QVERIFY(model.flags(model.index(0, ContactImportModel::ActionColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, ContactImportModel::NameColumn)) & Qt::ItemIsEditable));
    }

    void changingActions()
    {
        ContactImportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(samplePlan(), {{7, QStringLiteral("Frau Julia Sommerfeld")}});
        QSignalSpy changed(&model, &ContactImportModel::actionsChanged);
        const QModelIndex first = model.index(0, ContactImportModel::ActionColumn);

        // A record that repeats nothing cannot be merged.
        QVERIFY(!model.setData(first, int(Action::Merge)));
        QCOMPARE(model.actionAt(0), Action::Add);
        QVERIFY(!model.setData(model.index(0, ContactImportModel::NameColumn), int(Action::Skip)));
        QVERIFY(!model.setData(first, 17));
        QCOMPARE(changed.count(), 0);

        QVERIFY(model.setData(first, int(Action::Skip)));
        QCOMPARE(model.actionAt(0), Action::Skip);
        QCOMPARE(first.data().toString(), QStringLiteral("Skip"));
        QCOMPARE(first.data(ContactImportModel::ActionRole).toInt(), int(Action::Skip));
        QCOMPARE(changed.count(), 1);

        QVERIFY(model.setData(model.index(1, ContactImportModel::ActionColumn), int(Action::Add)));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Add"));

        // All duplicates at once; the record that is no duplicate keeps its choice.
        QCOMPARE(model.setActionForDuplicates(Action::Skip), 2);
        QCOMPARE(model.actionAt(0), Action::Skip);
        QCOMPARE(model.actionAt(1), Action::Skip);
        QCOMPARE(model.actionAt(2), Action::Skip);
        QCOMPARE(model.setActionForDuplicates(Action::Merge), 2);
        QCOMPARE(model.setActionForDuplicates(Action::Merge), 0);
        QCOMPARE(model.countOf(Action::Merge), 2);

        // The plan handed on carries the choices.
        const ContactImportPlan plan = model.plan();
        QCOMPARE(plan.items.at(0).action, Action::Skip);
        QCOMPARE(plan.items.at(1).action, Action::Merge);
        QCOMPARE(plan.items.at(1).existingId, RecordId(7));
        QCOMPARE(plan.problems.size(), 1);

        model.setPlan({}, {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.duplicateCount(), 0);
    }
};

QTEST_MAIN(TestContactImportModel)
#include "tst_contactimportmodel.moc"
