#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pressdesk;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QString pathIn(const QString &name) const { return m_dir->filePath(name); }

    // A v1 file with the demo content, made from the readable fixture (not by today's code).
    QString makeV1File(const QString &name)
    {
        const QString path = pathIn(name);
        QFile fixture(QStringLiteral(PRESSDESK_TEST_FIXTURES "/v1-demo.sql"));
        if (!fixture.open(QIODevice::ReadOnly))
            return {};
        const QString error =
            testsupport::runRawSql(path, MigrationSet::splitStatements(QString::fromUtf8(fixture.readAll())));
        return error.isEmpty() ? path : QString();
    }

    QString makeDemoLikeFile(const QString &name)
    {
        const QString path = pathIn(name);
        auto store = Store::open(path, Database::OpenMode::CreateNew);
        if (!store)
            return {};
        Milestone milestone;
        milestone.start = PartialDate::fromYmd(2014, 12, 5);
        milestone.title = QStringLiteral("Der letzte Zafira rollt vom Band");
        if (!(*store)->milestones().insert(milestone))
            return {};
        return path;
    }

    // A file whose contact table spans many pages, checkpointed so that all of it is in the file.
    QString makeFileWithContacts(const QString &name, int count)
    {
        const QString path = pathIn(name);
        {
            auto store = Store::open(path, Database::OpenMode::CreateNew);
            if (!store)
                return {};
            const Result<void> added = (*store)->transaction([&]() -> Result<void> {
                for (int i = 0; i < count; ++i) {
                    Contact contact;
                    contact.givenName = QStringLiteral("Anna-Lena %1").arg(i);
                    contact.familyName = QStringLiteral("Müller-Lüdenscheidt");
                    contact.role = QStringLiteral("Pressesprecherin der Stadtwerke Bochum");
                    if (Result<Contact> stored = (*store)->contacts().insert(contact); !stored)
                        return stored.error();
                }
                return {};
            });
            if (!added)
                return {};
        }
        return path;
    }

    void expectRefused(const QString &path, Error::Kind kind, const QString &mentions)
    {
        const QByteArray before = testsupport::readBytes(path);
        const bool existed = QFile::exists(path);
        Result<std::unique_ptr<Database>> opened = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().kind), int(kind));
        QVERIFY2(opened.errorMessage().contains(mentions), qPrintable(opened.errorMessage()));
        QVERIFY2(!opened.errorMessage().contains(QLatin1Char('\n')), "one line");
        QCOMPARE(QFile::exists(path), existed);
        if (existed)
            QVERIFY2(testsupport::readBytes(path) == before, "the refused file must stay byte-identical");
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createsNewFileAtCurrentVersionWithPragmas()
    {
        const QString path = pathIn(QStringLiteral("new.pressdesk"));
        auto opened = Database::open(path, Database::OpenMode::CreateNew);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Database &db = **opened;
        QCOMPARE(db.schemaVersion(), MigrationSet::builtin().latestVersion());
        QCOMPARE(db.schemaVersion(), 11);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
        QVERIFY(query.value(0).toInt() >= 1000);
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::ApplicationId);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) &&
                query.next());
        QVERIFY(query.value(0).toInt() >= 14);
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        QVERIFY(db.migrationBackupPath().isEmpty());
    }

    void createNewRefusesExistingFile()
    {
        const QString path = makeDemoLikeFile(QStringLiteral("exists.pressdesk"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = testsupport::readBytes(path);
        auto opened = Database::open(path, Database::OpenMode::CreateNew);
        QVERIFY(!opened);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("already exists")));
        QCOMPARE(testsupport::readBytes(path), before);
    }

    void opensV1FixtureWithoutLosingData()
    {
        const QString path = makeV1File(QStringLiteral("v1.pressdesk"));
        QVERIFY(!path.isEmpty());
        auto store = Store::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        // The v1 file is migrated to the current version; the copy taken before is still version 1.
        QCOMPARE((*store)->database().schemaVersion(), MigrationSet::builtin().latestVersion());
        const QString backup = (*store)->database().migrationBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        QCOMPARE(testsupport::rawScalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(testsupport::rawScalar(backup, QStringLiteral("SELECT count(*) FROM milestone")).toInt(),
                 21);
        QCOMPARE(*(*store)->milestones().count(), 21);
        auto zafira = (*store)->milestones().all()->first();
        QCOMPARE(zafira.title, QStringLiteral("Der letzte Zafira rollt vom Band"));
        QCOMPARE(zafira.start.toIsoString(), QStringLiteral("2014-12-05"));
        QCOMPARE((*store)->quotes().all()->size(), 2);
        // The old plain body became paragraph blocks; the linked milestones one timeline block after them,
        // the linked quotes quote blocks, each in their old order.
        const PressRelease release = (*store)->releases().all()->first();
        const QString oldBody =
            testsupport::rawScalar(backup, QStringLiteral("SELECT body FROM press_release")).toString();
        QStringList paragraphs;
        QList<RecordId> quoteIds;
        QList<RecordId> milestoneIds;
        for (const ReleaseBlock &block : release.content.blocks) {
            if (block.kind == ReleaseBlock::Kind::Paragraph)
                paragraphs.append(plainText(block.runs));
            else if (block.kind == ReleaseBlock::Kind::Quote)
                quoteIds.append(block.quoteId);
            else if (block.kind == ReleaseBlock::Kind::Timeline)
                milestoneIds += block.timeline.milestoneIds;
        }
        QCOMPARE(paragraphs.size(), 3);
        QCOMPARE(paragraphs.join(QStringLiteral("\n\n")), oldBody.trimmed());
        QCOMPARE(release.content.blocks.first().kind, ReleaseBlock::Kind::Paragraph);
        QCOMPARE(release.content.blocks.last().kind, ReleaseBlock::Kind::Quote);
        const auto oldIds = [&backup](const char *sql) {
            QList<RecordId> ids;
            for (const QString &id :
                 testsupport::rawScalar(backup, QLatin1String(sql)).toString().split(QLatin1Char(',')))
                ids.append(id.toLongLong());
            return ids;
        };
        QCOMPARE(
            quoteIds,
            oldIds(
                "SELECT group_concat(quote_id) FROM (SELECT quote_id FROM release_quote ORDER BY position)"));
        QCOMPARE(milestoneIds, oldIds("SELECT group_concat(milestone_id) FROM "
                                      "(SELECT milestone_id FROM release_milestone ORDER BY position)"));
        QCOMPARE(milestoneIds.size(), 18);
        // Writing press_release again for the workflow (version 7) kept every link of its children.
        QCOMPARE(*(*store)->releases().milestonesShown(release.meta.id), milestoneIds);
        for (RecordId quoteId : std::as_const(quoteIds))
            QCOMPARE(*(*store)->quotes().releasesUsing(quoteId), QList<RecordId>{release.meta.id});
        QCOMPARE(
            release.contactIds.size(),
            testsupport::rawScalar(backup, QStringLiteral("SELECT count(*) FROM release_contact")).toInt());
        QVERIFY(!release.contactIds.isEmpty());
    }

    // A later schema version, given as an extra migration: the file is backed up, then migrated in one step.
    void migratesWithBackupAndKeepsData()
    {
        const QString path = makeV1File(QStringLiteral("old.pressdesk"));
        QVERIFY(!path.isEmpty());
        MigrationSet withV2 = MigrationSet::builtin();
        const int next = MigrationSet::builtin().latestVersion() + 1;
        withV2.add(next,
                   QStringLiteral("ALTER TABLE milestone ADD COLUMN importance INTEGER NOT NULL DEFAULT 0;\n"
                                  "CREATE INDEX milestone_importance ON milestone(importance);"));
        auto opened = Database::open(path, Database::OpenMode::OpenExisting, withV2);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE((*opened)->schemaVersion(), next);
        const QString backup = (*opened)->migrationBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        QSqlQuery query((*opened)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), sum(importance) FROM milestone")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 21);
        QCOMPARE(query.value(1).toInt(), 0);
        opened->reset();
        // The backup is the file as it was: version 1, all milestones, no new column.
        QCOMPARE(testsupport::rawScalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(testsupport::rawScalar(backup, QStringLiteral("SELECT count(*) FROM milestone")).toInt(),
                 21);
        QVERIFY(
            !testsupport::rawScalar(backup, QStringLiteral("SELECT importance FROM milestone")).isValid());
    }

    // A file of schema version 3 (contacts with the generated sort key) is backed up and updated.
    void migratesVersion3FileWithContacts()
    {
        const QString path = makeFileWithContacts(QStringLiteral("v3.pressdesk"), 300);
        QVERIFY(!path.isEmpty());
        QCOMPARE(testsupport::rewindToVersion3(path), QString());
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE((*opened)->schemaVersion(), MigrationSet::builtin().latestVersion());
        const QString backup = (*opened)->migrationBackupPath();
        opened->reset();
        QVERIFY(QFile::exists(backup));
        QCOMPARE(testsupport::rawScalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QCOMPARE(testsupport::rawScalar(backup, QStringLiteral("SELECT count(*) FROM contact")).toInt(), 300);
        QCOMPARE(testsupport::rawScalar(path, QStringLiteral("SELECT count(*) FROM contact")).toInt(), 300);
    }

    // Version 5 writes contact_channel again (its CHECK without an IN list): every channel keeps its id and
    // values, the indexes and search triggers are back, and the rule still holds.
    void migratesVersion4ChannelsKeepingEverything()
    {
        const QString path = pathIn(QStringLiteral("v4.pressdesk"));
        MigrationSet upToVersion4;
        for (const Migration &migration : MigrationSet::builtin().after(0)) {
            if (migration.version <= 4)
                upToVersion4.add(migration.version, migration.sql);
        }
        {
            auto created = Database::open(path, Database::OpenMode::CreateNew, upToVersion4);
            QVERIFY2(created, qPrintable(created.errorMessage()));
            QCOMPARE((*created)->schemaVersion(), 4);
            QSqlQuery query((*created)->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO contact (id, given_name, family_name, created_at, "
                                              "updated_at) VALUES (1, 'Jörg', 'Weiß', 'x', 'x'), "
                                              "(2, 'Anna', 'Schäfer', 'x', 'x')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO contact_channel (id, contact_id, kind, value, label, is_public, position) "
                "VALUES "
                "(7, 1, 'email', 'j.weiss@example.org', '', 1, 0), (9, 1, 'phone', '0234 1', 'Büro', 0, 1), "
                "(12, 2, 'email', 'A.Schaefer@Example.org', '', 1, 0), (13, 2, 'fax', '0234 2', '', 1, 1)")));
        }
        const QString channelsBefore =
            testsupport::rawScalar(
                path, QStringLiteral(
                          "SELECT group_concat(id || '|' || contact_id || '|' || kind || '|' || value || '|' "
                          "|| label || '|' || is_public || '|' || position, ';') FROM (SELECT * FROM "
                          "contact_channel ORDER BY id)"))
                .toString();
        QVERIFY(channelsBefore.contains(QStringLiteral("9|1|phone|0234 1|Büro|0|1")));
        QVERIFY(testsupport::rawScalar(path, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = "
                                                            "'contact_channel'"))
                    .toString()
                    .contains(QStringLiteral("kind IN (")));

        auto opened = Store::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Store &store = **opened;
        QCOMPARE(store.database().schemaVersion(), MigrationSet::builtin().latestVersion());
        QSqlQuery query(store.database().connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT group_concat(id || '|' || contact_id || '|' || kind || '|' || "
                                      "value || '|' || label || '|' || is_public || '|' || position, ';') "
                                      "FROM (SELECT * FROM contact_channel ORDER BY id)")) &&
            query.next());
        QCOMPARE(query.value(0).toString(), channelsBefore);
        QVERIFY(query.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'contact_channel'")) &&
                query.next());
        QVERIFY(!query.value(0).toString().contains(QStringLiteral("kind IN (")));
        QStringList objects;
        QVERIFY(
            query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE tbl_name = 'contact_channel' AND "
                                      "type IN ('index', 'trigger') ORDER BY name")));
        while (query.next())
            objects.append(query.value(0).toString());
        QCOMPARE(objects, (QStringList{QStringLiteral("contact_channel_contact"),
                                       QStringLiteral("contact_channel_email"),
                                       QStringLiteral("contact_search_channel_delete"),
                                       QStringLiteral("contact_search_channel_insert"),
                                       QStringLiteral("contact_search_channel_update")}));
        QCOMPARE(store.database().integrityCheck(), QStringLiteral("ok"));
        // The rule on the kind still holds, and the search still follows the channels.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO contact_channel (contact_id, kind, value) VALUES "
                                           "(1, 'pager', '123')")));
        QCOMPARE(*store.contacts().searchIds(QStringLiteral("a.schaefer@example"), 10), QList<RecordId>{2});
        Contact weiss = *store.contacts().find(1);
        QCOMPARE(weiss.channels.size(), 2);
        QCOMPARE(weiss.channels.at(1).label, QStringLiteral("Büro"));
        weiss.channels.append(
            {0, ChannelKind::Email, QStringLiteral("presse-neu@example.org"), QString(), true});
        QVERIFY(store.contacts().update(weiss).ok());
        QCOMPARE(*store.contacts().searchIds(QStringLiteral("presse-neu"), 10), QList<RecordId>{1});
        QCOMPARE(*store.contacts().searchIds(QStringLiteral("weiss@example"), 10), QList<RecordId>{1});
    }

    void failedMigrationLeavesPreviousVersion()
    {
        const QString path = makeV1File(QStringLiteral("old.pressdesk"));
        QVERIFY(!path.isEmpty());
        MigrationSet broken = MigrationSet::builtin();
        const int next = MigrationSet::builtin().latestVersion() + 1;
        broken.add(next, QStringLiteral("ALTER TABLE milestone ADD COLUMN importance INTEGER;\n"
                                        "INSERT INTO no_such_table VALUES (1);"));
        auto opened = Database::open(path, Database::OpenMode::OpenExisting, broken);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("version %1").arg(next)),
                 qPrintable(opened.errorMessage()));
        // The half-done migration was rolled back: the builtin ones before it (each in its own
        // transaction) stay, the broken one left no new column, all data is there.
        QCOMPARE(testsupport::rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), next - 1);
        QVERIFY(!testsupport::rawScalar(path, QStringLiteral("SELECT importance FROM milestone")).isValid());
        QCOMPARE(testsupport::rawScalar(path, QStringLiteral("SELECT count(*) FROM milestone")).toInt(), 21);
        auto reopened = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
    }

    void splitsScriptsKeepingTriggerBodies()
    {
        const QStringList statements = MigrationSet::splitStatements(
            QStringLiteral("-- a comment\nCREATE TABLE a (x TEXT DEFAULT 'it''s -- not a comment');\n\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 'y';\n  DELETE FROM "
                           "a WHERE 0;\nEND;\n"
                           "CREATE INDEX i ON a(x);"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).contains(QStringLiteral("'it''s -- not a comment'")));
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
        QVERIFY(statements.at(1).contains(QStringLiteral("DELETE FROM a WHERE 0;")));
        QCOMPARE(statements.at(2), QStringLiteral("CREATE INDEX i ON a(x);"));
    }

    void refusesMissingFile()
    {
        expectRefused(pathIn(QStringLiteral("nowhere.pressdesk")), Error::Kind::FileMissing,
                      QStringLiteral("nowhere.pressdesk"));
    }

    void refusesTextFile()
    {
        const QString path = pathIn(QStringLiteral("notes.pressdesk"));
        QVERIFY(testsupport::writeBytes(
            path, "Pressemitteilung\nAm 5.12.2014 rollt der letzte Zafira vom Band.\n"));
        expectRefused(path, Error::Kind::NotADatabase, QStringLiteral("not an SQLite file"));
    }

    void refusesEmptyFile()
    {
        const QString path = pathIn(QStringLiteral("empty.pressdesk"));
        QVERIFY(testsupport::writeBytes(path, QByteArray()));
        expectRefused(path, Error::Kind::NotADatabase, QStringLiteral("empty"));
    }

    void refusesTruncatedDatabase_data()
    {
        QTest::addColumn<int>("keptBytes");
        QTest::newRow("header only") << 100;
        QTest::newRow("half a page") << 2048;
        QTest::newRow("two pages") << 8192;
        QTest::newRow("most of it") << -4096;
    }

    void refusesTruncatedDatabase()
    {
        QFETCH(int, keptBytes);
        const QString source = makeV1File(QStringLiteral("whole.pressdesk"));
        QVERIFY(!source.isEmpty());
        const QByteArray whole = testsupport::readBytes(source);
        QVERIFY(whole.size() > 16384);
        const qsizetype kept = keptBytes > 0 ? keptBytes : whole.size() + keptBytes;
        const QString path = pathIn(QStringLiteral("truncated.pressdesk"));
        QVERIFY(testsupport::writeBytes(path, whole.left(kept)));
        expectRefused(path, Error::Kind::Corrupt, QStringLiteral("damaged"));
    }

    void refusesCorruptedPages()
    {
        const QString source = makeV1File(QStringLiteral("whole.pressdesk"));
        QVERIFY(!source.isEmpty());
        QByteArray bytes = testsupport::readBytes(source);
        // Overwrite the b-tree pages after the schema page with noise; the header stays intact.
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        const QString path = pathIn(QStringLiteral("corrupt.pressdesk"));
        QVERIFY(testsupport::writeBytes(path, bytes));
        expectRefused(path, Error::Kind::Corrupt, QStringLiteral("damaged"));
    }

    // A big file opens after a look at its structure; the complete check follows in the background.
    void bigFileIsCheckedInTheBackground()
    {
        const QString path = makeFileWithContacts(QStringLiteral("big.pressdesk"), 2000);
        QVERIFY(!path.isEmpty());
        {
            auto small = Database::open(path, Database::OpenMode::OpenExisting);
            QVERIFY2(small, qPrintable(small.errorMessage()));
            QVERIFY(!(*small)->needsIntegrityCheck()); // within the limit: checked completely on opening
        }
        QVERIFY(testsupport::damagePageInsideTable(path, QStringLiteral("contact")));
        expectRefused(path, Error::Kind::Corrupt, QStringLiteral("damaged"));

        Database::setCompleteCheckLimit(0);
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        Database::setCompleteCheckLimit(Database::DefaultCompleteCheckLimit);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY((*opened)->needsIntegrityCheck());

        IntegrityCheck check(path);
        QSignalSpy finished(&check, &IntegrityCheck::finished);
        check.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        const QString problem = finished.at(0).at(0).toString();
        QVERIFY2(problem.contains(QStringLiteral("Page")), qPrintable(problem)); // SQLite names the page
        QVERIFY2(!problem.contains(QLatin1Char('\n')), "one line");
    }

    void backgroundCheckPassesASoundFile()
    {
        const QString path = makeFileWithContacts(QStringLiteral("sound.pressdesk"), 2000);
        QVERIFY(!path.isEmpty());
        IntegrityCheck check(path);
        QSignalSpy finished(&check, &IntegrityCheck::finished);
        check.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toString(), QString());
    }

    // Even without the complete check, a file whose tables were overwritten is refused on opening.
    void bigFileWithOverwrittenTablesIsRefused()
    {
        const QString source = makeV1File(QStringLiteral("whole.pressdesk"));
        QVERIFY(!source.isEmpty());
        QByteArray bytes = testsupport::readBytes(source);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        const QString path = pathIn(QStringLiteral("corrupt.pressdesk"));
        QVERIFY(testsupport::writeBytes(path, bytes));
        Database::setCompleteCheckLimit(0);
        expectRefused(path, Error::Kind::Corrupt, QStringLiteral("damaged"));
        Database::setCompleteCheckLimit(Database::DefaultCompleteCheckLimit);
    }

    void refusesNewerSchemaVersion()
    {
        const QString path = makeDemoLikeFile(QStringLiteral("future.pressdesk"));
        QVERIFY(!path.isEmpty());
        const int future = MigrationSet::builtin().latestVersion() + 1;
        QCOMPARE(testsupport::runRawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(future)}),
                 QString());
        expectRefused(path, Error::Kind::NewerVersion, QStringLiteral("newer PressDesk"));
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("version %1").arg(future)));
    }

    void refusesDatabaseOfAnotherProgram()
    {
        const QString path = pathIn(QStringLiteral("places.sqlite"));
        QCOMPARE(testsupport::runRawSql(
                     path, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url)"),
                            QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')")}),
                 QString());
        expectRefused(path, Error::Kind::NotADatabase, QStringLiteral("another program"));
    }

    void refusesReadOnlyFile()
    {
        const QString path = makeDemoLikeFile(QStringLiteral("readonly.pressdesk"));
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        expectRefused(path, Error::Kind::ReadOnly, QStringLiteral("read-only"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void refusesFolderInsteadOfFile()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.pressdesk")));
        expectRefused(pathIn(QStringLiteral("folder.pressdesk")), Error::Kind::NotADatabase,
                      QStringLiteral("not a file"));
    }

    void openOrCreateMakesAFileOnFirstStart()
    {
        const QString path = pathIn(QStringLiteral("first-start.pressdesk"));
        auto opened = Database::open(path, Database::OpenMode::OpenOrCreate);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(QFile::exists(path));
        opened->reset();
        auto again = Database::open(path, Database::OpenMode::OpenOrCreate);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE((*again)->schemaVersion(), MigrationSet::builtin().latestVersion());
    }

    void saveCopyIsCompleteAndAtomic()
    {
        const QString path = makeV1File(QStringLiteral("live.pressdesk"));
        QVERIFY(!path.isEmpty());
        auto store = Store::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(store);
        Milestone added;
        added.start = PartialDate::fromYear(2021);
        added.title = QStringLiteral("Noch im WAL");
        QVERIFY((*store)->milestones().insert(added));
        const QString copy = pathIn(QStringLiteral("copy.pressdesk"));
        QVERIFY(testsupport::writeBytes(copy, "an older copy"));
        const Result<void> saved = (*store)->database().saveCopy(copy);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        auto copied = Store::open(copy, Database::OpenMode::OpenExisting);
        QVERIFY2(copied, qPrintable(copied.errorMessage()));
        QCOMPARE(*(*copied)->milestones().count(), 22);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.part")}, QDir::Files).size(), 0);
    }

    void saveCopyToUnwritablePlaceFailsClearly()
    {
        auto store = Store::open(pathIn(QStringLiteral("live.pressdesk")), Database::OpenMode::CreateNew);
        QVERIFY(store);
        const Result<void> missingFolder =
            (*store)->database().saveCopy(pathIn(QStringLiteral("no/such/folder/copy.pressdesk")));
        QVERIFY(!missingFolder);
        QVERIFY2(missingFolder.errorMessage().contains(QStringLiteral("does not exist")),
                 qPrintable(missingFolder.errorMessage()));
        const Result<void> ontoItself = (*store)->database().saveCopy((*store)->path());
        QVERIFY(!ontoItself);
        if (::geteuid() != 0) { // root writes into read-only folders anyway
            const QString locked = pathIn(QStringLiteral("locked"));
            QVERIFY(QDir().mkdir(locked));
            QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
            const Result<void> denied =
                (*store)->database().saveCopy(locked + QStringLiteral("/copy.pressdesk"));
            QVERIFY(!denied);
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QCOMPARE((*store)->database().integrityCheck(), QStringLiteral("ok"));
    }

    // A -wal copied in from another database would turn the file into that database: refused, and said.
    void refusesForeignWalBesideAGoodFile()
    {
        const QString path = makeDemoLikeFile(QStringLiteral("good.pressdesk"));
        QVERIFY(!path.isEmpty());
        const QString other = pathIn(QStringLiteral("other.sqlite"));
        const QString name = QStringLiteral("foreign-wal-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 42")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, item TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO orders (item) VALUES ('Schrauben')")));
            // Copied while the other database is open, so that its WAL still holds its pages.
            QVERIFY(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        expectRefused(path, Error::Kind::Corrupt, QStringLiteral("belongs to another database"));
    }

    void refusesBrokenSymbolicLinks()
    {
        const QString loop = pathIn(QStringLiteral("loop.pressdesk"));
        const QString back = pathIn(QStringLiteral("back.pressdesk"));
        QVERIFY(QFile::link(back, loop));
        QVERIFY(QFile::link(loop, back));
        expectRefused(loop, Error::Kind::FileMissing, QStringLiteral("loop"));

        const QString dangling = pathIn(QStringLiteral("dangling.pressdesk"));
        QVERIFY(QFile::link(pathIn(QStringLiteral("moved-away.pressdesk")), dangling));
        expectRefused(dangling, Error::Kind::FileMissing, QStringLiteral("moved-away.pressdesk"));
        expectRefused(dangling, Error::Kind::FileMissing, QStringLiteral("which does not exist"));
    }

    // PressDesk's application id with tables PressDesk never made: refused before any migration writes.
    void refusesPressDeskMarkOnForeignTables_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("statements");
        const QString mark = QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId);
        QTest::newRow("old version, foreign tables")
            << 2
            << QStringList{QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)"), mark,
                           QStringLiteral("PRAGMA user_version = 2")};
        QTest::newRow("current version, one table more")
            << 0 << QStringList{QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")};
    }

    void refusesPressDeskMarkOnForeignTables()
    {
        QFETCH(int, version);
        QFETCH(QStringList, statements);
        QString path = pathIn(QStringLiteral("foreign.pressdesk"));
        if (version == 0) {
            path = makeDemoLikeFile(QStringLiteral("extended.pressdesk"));
            QVERIFY(!path.isEmpty());
        }
        QCOMPARE(testsupport::runRawSql(path, statements), QString());
        const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
        expectRefused(path, Error::Kind::NotADatabase, QStringLiteral("not those of a PressDesk file"));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before); // no backup was taken
    }

    // A migration that fails twice within a second says its own cause both times (the second backup
    // gets its own name instead of failing on the first one's).
    void failedMigrationTwiceInOneSecondSaysItsCause()
    {
        const QString path = makeV1File(QStringLiteral("old.pressdesk"));
        QVERIFY(!path.isEmpty());
        MigrationSet broken = MigrationSet::builtin();
        const int next = MigrationSet::builtin().latestVersion() + 1;
        broken.add(next, QStringLiteral("INSERT INTO no_such_table VALUES (1);"));
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto opened = Database::open(path, Database::OpenMode::OpenExisting, broken);
            QVERIFY(!opened);
            QVERIFY2(opened.errorMessage().contains(QStringLiteral("no_such_table")),
                     qPrintable(opened.errorMessage()));
        }
        const QStringList backups =
            QDir(m_dir->path()).entryList({QStringLiteral("old.pressdesk.v*.bak")}, QDir::Files);
        QCOMPARE(backups.size(), 3);
    }

    // Database::inspect reads an old file without updating, backing up or switching it to WAL.
    void inspectChangesNothing()
    {
        const QString path = makeV1File(QStringLiteral("old.pressdesk"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(testsupport::runRawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}), QString());
        const QByteArray before = testsupport::readBytes(path);
        const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
        const Result<Database::FileReport> report = Database::inspect(path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->schemaVersion, 1);
        QCOMPARE(report->latestVersion, MigrationSet::builtin().latestVersion());
        QVERIFY(report->problems.isEmpty());
        bool sawMilestones = false;
        for (const auto &[table, count] : report->rowCounts) {
            if (table == QLatin1String("milestone")) {
                QCOMPARE(count, qint64(21));
                sawMilestones = true;
            }
        }
        QVERIFY(sawMilestones);
        QVERIFY2(testsupport::readBytes(path) == before, "inspect must not change the file");
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), files);

        // Damage is reported, not refused.
        const QString big = makeFileWithContacts(QStringLiteral("big.pressdesk"), 2000);
        QVERIFY(testsupport::damagePageInsideTable(big, QStringLiteral("contact")));
        const Result<Database::FileReport> damaged = Database::inspect(big);
        QVERIFY2(damaged, qPrintable(damaged.errorMessage()));
        QVERIFY(!damaged->problems.isEmpty());
        // Files PressDesk would refuse are refused here too.
        QVERIFY(!Database::inspect(pathIn(QStringLiteral("missing.pressdesk"))));
    }

    void nestedTransactionsRollBackInnerWork()
    {
        auto store = Store::openInMemory();
        QVERIFY(store);
        Database &db = (*store)->database();
        Milestone milestone;
        milestone.start = PartialDate::fromYear(2016);
        milestone.title = QStringLiteral("DHL kommt");
        const Result<void> outer = (*store)->transaction([&]() -> Result<void> {
            if (auto inserted = (*store)->milestones().insert(milestone); !inserted)
                return inserted.error();
            const Result<void> inner = (*store)->transaction([&]() -> Result<void> {
                Milestone other = milestone;
                other.title = QStringLiteral("wird verworfen");
                if (auto inserted = (*store)->milestones().insert(other); !inserted)
                    return inserted.error();
                return makeError(Error::Kind::Invalid, QStringLiteral("changed my mind"));
            });
            if (inner)
                return makeError(Error::Kind::Internal, QStringLiteral("inner unit should have failed"));
            return {};
        });
        QVERIFY2(outer, qPrintable(outer.errorMessage()));
        QCOMPARE(db.transactionDepth(), 0);
        const auto all = (*store)->milestones().all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().title, QStringLiteral("DHL kommt"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
