#include "storage/store.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// Press kits as stored: their parts in order with each part's settings, revisions, and the update of a
// file whose kits were made with the one-record-per-row items of schema version 9.
class TestPressKits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsKeepTheirOrderAndSettings()
    {
        auto store = Store::openInMemory();
        QVERIFY(store);
        PressRelease release;
        release.headline = QStringLiteral("Vom letzten Zafira zum Haus des Wissens");
        Result<PressRelease> savedRelease = (*store)->releases().insert(release);
        QVERIFY(savedRelease);

        PressKit kit;
        kit.title = QStringLiteral("Pressemappe Bilanz");
        kit.date = QDate(2020, 12, 7);
        kit.releaseId = savedRelease->meta.id;
        KitPart facts;
        facts.kind = KitPart::Kind::FactSheet;
        facts.fromYear = 2016;
        facts.toYear = 2020;
        KitPart text;
        text.kind = KitPart::Kind::Text;
        text.title = QStringLiteral("Termine");
        text.text = QStringLiteral("Führungen über das Gelände\n\nnach Vereinbarung.");
        KitPart statements;
        statements.kind = KitPart::Kind::Statements;
        statements.ids = {7, 3};
        kit.parts = {facts, KitPart(), text, statements};

        Result<PressKit> saved = (*store)->pressKits().insert(kit);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved->meta.revision, 1);
        QCOMPARE(saved->parts.size(), 4);
        QVERIFY(saved->parts == kit.parts);
        QCOMPARE(saved->date, kit.date);

        // Reordered (as drag and drop does) and saved again: the new order is what is read back.
        PressKit reordered = *saved;
        reordered.parts.move(3, 0);
        Result<PressKit> updated = (*store)->pressKits().update(reordered);
        QVERIFY(updated);
        QCOMPARE(updated->parts.first().kind, KitPart::Kind::Statements);
        QCOMPARE(updated->parts.first().ids, QList<RecordId>({7, 3}));

        // The copy read before the reorder is stale now: refused, nothing overwritten.
        Result<PressKit> stale = (*store)->pressKits().update(*saved);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE((*store)->pressKits().find(saved->meta.id)->parts.first().kind, KitPart::Kind::Statements);
    }

    void invalidKitsAreRefusedWithAReason()
    {
        auto store = Store::openInMemory();
        QVERIFY(store);
        PressKit kit;
        kit.title = QStringLiteral("  ");
        Result<PressKit> refused = (*store)->pressKits().insert(kit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("title")));

        kit.title = QStringLiteral("Mappe");
        kit.parts = {KitPart()}; // the release part, but no release chosen
        QVERIFY(!(*store)->pressKits().insert(kit));
        QVERIFY((*store)->pressKits().all()->isEmpty());
    }

    void partsOfAnUnknownKindAreNamedNotDropped()
    {
        Result<QList<KitPart>> parts =
            PressKit::partsFromJson(R"({"parts":[{"kind":"release"},{"kind":"hologram"}]})");
        QVERIFY(!parts);
        QVERIFY(parts.errorMessage().contains(QStringLiteral("hologram")));
        QVERIFY(!PressKit::partsFromJson("not json"));
    }

    void kitsOfVersion9BecomePartsInTheirOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.pressdesk"));
        {
            auto store = Store::open(path, Database::OpenMode::CreateNew);
            QVERIFY(store);
        }
        // The file as version 9 left it, with a kit of four items, one of each kind but one.
        const QString error = testsupport::runRawSql(
            path,
            testsupport::rewindToVersion10Statements() +
                QStringList{
                    QStringLiteral("DROP TABLE press_kit"),
                    QStringLiteral(
                        "CREATE TABLE press_kit (id INTEGER PRIMARY KEY, title TEXT NOT NULL, release_id "
                        "INTEGER REFERENCES press_release(id) ON DELETE SET NULL, created_at TEXT NOT NULL, "
                        "updated_at TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1)"),
                    QStringLiteral(
                        "CREATE TABLE press_kit_item (kit_id INTEGER NOT NULL REFERENCES press_kit(id) ON "
                        "DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('release', 'timeline', 'quote', "
                        "'contact', 'asset')), ref_id INTEGER, position INTEGER NOT NULL, PRIMARY KEY "
                        "(kit_id, position))"),
                    QStringLiteral(
                        "INSERT INTO press_kit (id, title, created_at, updated_at) VALUES (4, 'Alte Mappe', "
                        "'2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')"),
                    QStringLiteral(
                        "INSERT INTO press_kit_item VALUES (4, 'quote', 12, 2), (4, 'timeline', NULL, 1), "
                        "(4, 'contact', 5, 3), (4, 'asset', 9, 4)"),
                    QStringLiteral("PRAGMA user_version = 9")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        auto store = Store::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE((*store)->database().schemaVersion(), MigrationSet::builtin().latestVersion());
        Result<PressKit> kit = (*store)->pressKits().find(4);
        QVERIFY2(kit, qPrintable(kit.errorMessage()));
        QCOMPARE(kit->title, QStringLiteral("Alte Mappe"));
        QCOMPARE(kit->parts.size(), 4);
        QCOMPARE(kit->parts.at(0).kind, KitPart::Kind::FactSheet);
        QCOMPARE(kit->parts.at(1).kind, KitPart::Kind::Statements);
        QCOMPARE(kit->parts.at(1).ids, QList<RecordId>({12}));
        QCOMPARE(kit->parts.at(2).kind, KitPart::Kind::Contacts);
        QCOMPARE(kit->parts.at(3).kind, KitPart::Kind::Photos);
        QCOMPARE(kit->parts.at(3).ids, QList<RecordId>({9}));
    }
};

QTEST_GUILESS_MAIN(TestPressKits)
#include "tst_presskits.moc"
