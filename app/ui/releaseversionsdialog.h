#pragma once

#include "core/pressrelease.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace Ui {
class ReleaseVersionsDialog;
}

namespace pressdesk {

class Store;

// The saved versions of a release: who saved each and when, in which state; a word-level comparison of
// any two (insertions and deletions highlighted); and the version to restore (the page restores it as
// one undo step).
class ReleaseVersionsDialog : public QDialog
{
    Q_OBJECT
public:
    ReleaseVersionsDialog(Store &store, RecordId releaseId, QWidget *parent = nullptr);
    ~ReleaseVersionsDialog() override;

    int versionCount() const { return int(m_versions.size()); }
    // Compares two versions by number (older first); the diff view shows the result.
    void compare(int olderNumber, int newerNumber);
    QString diffHtml() const;
    // The version chosen with "Restore", 0 when none was.
    int versionToRestore() const { return m_restore; }
    void selectVersion(int number);

private:
    void fill();
    void compareChosen();
    QString readableText(const ReleaseVersion &version) const;

    std::unique_ptr<Ui::ReleaseVersionsDialog> m_ui;
    Store &m_store;
    QList<ReleaseVersion> m_versions;
    QStandardItemModel *m_table;
    int m_restore = 0;
};

} // namespace pressdesk
