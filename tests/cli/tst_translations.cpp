#include "cli/application.h"
#include "core/partialdate.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace pressdesk;

// German is first-class: every string is translated, and the German translation is what a German
// user's PressDesk shows.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        setUpApplication(*QCoreApplication::instance());
    }

    void everyMessageIsTranslated()
    {
        QFile file(QStringLiteral(PRESSDESK_SOURCE_DIR "/resources/translations/pressdesk_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool isUnfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (isUnfinished)
                    unfinished.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 150);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral("\n"))));
    }

    void germanUserSeesGerman()
    {
        QCOMPARE(QCoreApplication::translate("pressdesk::MainWindow", "Timeline"),
                 QStringLiteral("Zeitleiste"));
        QCOMPARE(QCoreApplication::translate("Milestone", "Approved"), QStringLiteral("Freigegeben"));
        QCOMPARE(QCoreApplication::translate("pressdesk::ReleasesPage", "%n release(s)", nullptr, 21),
                 QStringLiteral("21 Mitteilungen"));
        QCOMPARE(QCoreApplication::translate("pressdesk::ReleasesPage", "%n release(s)", nullptr, 1),
                 QStringLiteral("1 Mitteilung"));
    }

    void germanErrorsAndDates()
    {
        const auto missing = Database::open(QStringLiteral("/nonexistent/Pressestelle.pressdesk"),
                                            Database::OpenMode::OpenExisting);
        QVERIFY(!missing);
        QCOMPARE(missing.errorMessage(),
                 QStringLiteral("„/nonexistent/Pressestelle.pressdesk“ existiert nicht."));
        QCOMPARE(PartialDate::fromYmd(2014, 12, 5).toDisplayString(), QStringLiteral("5. Dezember 2014"));
        QString error;
        QVERIFY(!PartialDate::parse(QStringLiteral("31.2.2014"), &error).isValid());
        QCOMPARE(error,
                 QStringLiteral("„31.2.2014“ ist kein gültiges Datum: Der Februar 2014 hat nur 28 Tage."));
    }

    // The repositories' refusals reach a German user in German (they were looked up under the base
    // class's context and came out in English).
    void germanRefusalsFromTheRepositories()
    {
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        Store &store = **opened;
        QCOMPARE(store.milestones().find(4711).errorMessage(),
                 QStringLiteral("Der Meilenstein existiert nicht mehr."));
        Contact speaker;
        speaker.givenName = QStringLiteral("Thomas");
        speaker.familyName = QStringLiteral("Eiskirch");
        const Result<Contact> stored = store.contacts().insert(speaker);
        QVERIFY(stored);
        Quote quote;
        quote.text = QStringLiteral("Wir sind natürlich auch ein bisschen stolz.");
        quote.speakerId = stored->meta.id;
        QVERIFY(store.quotes().insert(quote));
        const Result<void> removed = store.contacts().remove(stored->meta.id, stored->meta.revision);
        QVERIFY(!removed);
        QVERIFY2(
            removed.errorMessage().startsWith(QStringLiteral("Thomas Eiskirch ist als Urheber von 1 Zitat")),
            qPrintable(removed.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
