#pragma once

#include "exchange/contactimport.h"
#include "formats/contactcsv.h"
#include "formats/csvreader.h"

#include <QByteArray>
#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QStandardItemModel;
class QUndoStack;

namespace Ui {
class ContactImportDialog;
}

namespace pressdesk {

class ContactImportModel;
class Store;

// Import contacts from a vCard (.vcf) or CSV (.csv) file in up to three steps:
//  1. choose a file (loadFile(), or the "Choose File…" button);
//  2. CSV only: say which column holds what. The mapping is guessed from the header, or taken from the
//     one the user chose the last time a file with the same header came (QSettings); separator and
//     encoding are detected and can be changed;
//  3. a preview of every record with its action (add, merge into the duplicate, skip), changeable per
//     row, and the records that cannot be imported with their line numbers.
// Nothing is written before Import: then the plan is applied in one transaction as one undo step
// (ImportContactsCommand on the given undo stack) and the dialog closes. Files that cannot be read
// (binary, empty, no vCard, no records) are explained in the dialog; the store stays untouched.
class ContactImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Start,
        Mapping,
        Preview
    };

    ContactImportDialog(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ContactImportDialog() override;

    // Reads the file and shows the next step: the column mapping for CSV, the preview for vCard.
    // False, with the reason in the dialog (message()), when the file cannot be imported.
    bool loadFile(const QString &path);

    Page currentPage() const;
    QString message() const; // what the dialog says about the file; empty when all is well
    ContactImportModel *previewModel() const { return m_model; }

    // The address book the CSV header was recognised as ("Google Contacts"); empty for any other header,
    // and while the user maps the columns by hand ("Map the columns myself").
    QString recognisedFormat() const;
    // The CSV column mapping as the combo boxes show it. Setting one maps the columns by hand.
    ContactCsv::Mapping mapping() const;
    void setMapping(const ContactCsv::Mapping &mapping);
    // CSV: from the mapping to the preview (the Next button). False when the mapping names no name
    // column or the store cannot be read.
    bool showPreview();
    // Applies the previewed plan as one undo step and closes the dialog (the Import button). False,
    // after telling the user, when the store refused; nothing is written then. An import of at least
    // progressThreshold() contacts shows its progress in a QProgressDialog ("importProgress") whose Cancel
    // stops it: nothing is written then either, and the dialog stays on the preview.
    bool importContacts();
    static constexpr int DefaultProgressThreshold = 2000;
    static int progressThreshold() { return s_progressThreshold; }
    static void setProgressThreshold(int records); // for tests; 0 puts back the default
    // What the import did (after importContacts() succeeded).
    ContactImportCounts importedCounts() const { return m_counts; }

    // Settings key of the mapping remembered for files with this header row.
    static QString mappingSettingsKey(const QStringList &header);

private:
    void chooseFile();
    bool loadVCard(const QString &path, const QByteArray &bytes);
    bool loadCsv(const QString &path, const QByteArray &bytes);
    void reparseCsv();
    void fillMappingTable(const ContactCsv::Mapping &mapping);
    void mappingChosen(int column);
    ContactCsv::Mapping initialMapping() const;
    bool usesRecognisedLayout() const;
    void recogniseHeader();
    void manualMappingToggled();
    void rememberMapping() const;
    // warnings: lines that were read, but not cleanly (a stray byte, a repeated column, an unknown
    // version); shown below the records that cannot be imported.
    bool preview(const QList<ParsedContact> &parsed, QList<Problem> problems,
                 const QList<Problem> &warnings = {});
    void showPage(Page page);
    void setMessage(const QString &text, bool isError);
    void updateSummary();
    void updateMappingState();
    void applyToDuplicates(int comboIndex);
    void showPreviewMenu(const QPoint &position);
    void setSelectedActions(int action);

    std::unique_ptr<Ui::ContactImportDialog> m_ui;
    Store &m_store;
    QUndoStack *m_undoStack;
    std::unique_ptr<QUndoStack> m_ownStack; // when the caller gave none
    ContactImportModel *m_model;
    QStandardItemModel *m_problemsModel;
    QList<QComboBox *> m_fieldCombos;               // one per CSV column (a manual mapping only)
    std::optional<ContactCsv::Layout> m_recognised; // the layout of a known address book

    QString m_path;
    bool m_isCsv = false;
    QByteArray m_bytes; // the CSV file as read, decoded again when the encoding changes
    CsvTable m_table;
    CsvTable::Encoding m_detectedEncoding = CsvTable::Encoding::Utf8;
    QChar m_detectedSeparator;
    ContactImportCounts m_counts;
    static int s_progressThreshold;
};

} // namespace pressdesk
