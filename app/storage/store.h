#pragma once

#include "assetrepository.h"
#include "categoryrepository.h"
#include "contactdirectory.h"
#include "contactrepository.h"
#include "database.h"
#include "milestonerepository.h"
#include "officedictionary.h"
#include "officesettings.h"
#include "organisationrepository.h"
#include "presskitrepository.h"
#include "quoterepository.h"
#include "releaserepository.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace pressdesk {

// The open press-office file: its repositories, and a signal for every committed change so that the
// models stay current. Changes made inside transaction() are announced once it has committed.
class Store : public QObject, private ChangeSink
{
    Q_OBJECT
public:
    explicit Store(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Store() override;

    static Result<std::unique_ptr<Store>> open(const QString &path, Database::OpenMode mode);
    static Result<std::unique_ptr<Store>> openInMemory();

    Database &database() { return *m_database; }
    const Database &database() const { return *m_database; }
    QString path() const { return m_database->path(); }

    CategoryRepository &categories() { return m_categories; }
    MilestoneRepository &milestones() { return m_milestones; }
    OrganisationRepository &organisations() { return m_organisations; }
    ContactRepository &contacts() { return m_contacts; }
    QuoteRepository &quotes() { return m_quotes; }
    ReleaseRepository &releases() { return m_releases; }
    AssetRepository &assets() { return m_assets; }
    PressKitRepository &pressKits() { return m_pressKits; }
    OfficeDictionary &officeDictionary() { return m_officeDictionary; }
    OfficeSettings &officeSettings() { return m_officeSettings; }
    // The contact list for tables: filtered, counted and paged in SQL (read only).
    const ContactDirectory &contactDirectory() const { return m_contactDirectory; }

    // Runs work as one unit: all of it is committed, or none of it.
    Result<void> transaction(const std::function<Result<void>()> &work);

    // Row count of every table, by table name (for `pressdesk info`).
    Result<QList<QPair<QString, int>>> tableRowCounts() const;

    // Looks every intervalMs whether another connection (another PressDesk process: a colleague's import,
    // a second window) has committed changes to the file, and announces them with changedElsewhere().
    void watchForChangesElsewhere(int intervalMs = DefaultWatchInterval);
    static constexpr int DefaultWatchInterval = 1000;
    // Looks once, now; true when changedElsewhere() was emitted.
    bool checkForChangesElsewhere();

Q_SIGNALS:
    void changed(pressdesk::EntityKind kind, qint64 id);
    // Another connection committed changes: anything read before may be out of date.
    void changedElsewhere();

private:
    void recordChanged(EntityKind kind, RecordId id) override;
    void flushPending();
    qint64 dataVersion() const;

    std::unique_ptr<Database> m_database;
    CategoryRepository m_categories;
    MilestoneRepository m_milestones;
    OrganisationRepository m_organisations;
    ContactRepository m_contacts;
    QuoteRepository m_quotes;
    ReleaseRepository m_releases;
    AssetRepository m_assets;
    PressKitRepository m_pressKits;
    OfficeDictionary m_officeDictionary;
    OfficeSettings m_officeSettings;
    ContactDirectory m_contactDirectory;
    QList<QPair<EntityKind, RecordId>> m_pending;
    QTimer *m_watchTimer = nullptr;
    qint64 m_dataVersion = -1;
};

} // namespace pressdesk

Q_DECLARE_METATYPE(pressdesk::EntityKind)
