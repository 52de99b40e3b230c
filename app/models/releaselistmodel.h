#pragma once

#include "core/pressrelease.h"
#include "recordtablemodel.h"

namespace pressdesk {

// Press releases, newest first: date, headline, state, embargo.
class ReleaseListModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        HeadlineColumn,
        StateColumn,
        EmbargoColumn
    };

    explicit ReleaseListModel(Store *store, QObject *parent = nullptr);
    const PressRelease &releaseAt(int row) const { return m_releases.at(row); }

protected:
    // A saved release changes its own row (an autosave every few seconds must not read every release
    // again); a release added or deleted reads the list anew.
    void recordChanged(EntityKind kind, RecordId id) override;
    Result<void> fetchRows() override;
    int rows() const override { return int(m_releases.size()); }
    QStringList columnTitles() const override;
    RecordId rowId(int row) const override { return m_releases.at(row).meta.id; }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<PressRelease> m_releases;
};

} // namespace pressdesk
