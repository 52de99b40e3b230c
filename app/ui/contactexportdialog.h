#pragma once

#include "core/record.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ContactExportDialog;
}

namespace pressdesk {

class Store;

// Export all contacts, or the ones selected in the contacts area, as vCard 4.0 or CSV. Only public
// channels unless the user ticks "Include internal channels and notes". The file is chosen with
// Dialogs::saveFileName; its extension (.vcf, .csv) decides the format, and a name without one gets the
// chosen format's. The file is written atomically (QSaveFile): a failed export leaves no half file.
class ContactExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format
    {
        VCard,
        Csv
    };

    ContactExportDialog(Store &store, const QList<RecordId> &selectedIds, QWidget *parent = nullptr);
    ~ContactExportDialog() override;

    Format format() const;
    // Writes the contacts to path as the dialog is set, tells the user how many went where (or why
    // not) and, on success, closes the dialog.
    bool exportTo(const QString &path);
    int exportedCount() const { return m_exportedCount; }
    QString exportedPath() const { return m_exportedPath; }

private:
    void chooseFileAndExport();
    void updateState();

    std::unique_ptr<Ui::ContactExportDialog> m_ui;
    Store &m_store;
    QList<RecordId> m_selectedIds;
    int m_exportedCount = 0;
    QString m_exportedPath;
};

} // namespace pressdesk
