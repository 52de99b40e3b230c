#pragma once

#include "core/contact.h"
#include "core/milestone.h"
#include "core/quote.h"
#include "formats/timelinetextparser.h"

#include <QDialog>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;
class QStandardItemModel;

namespace Ui {
class TimelineImportDialog;
}

namespace pressdesk {

class ImportPreviewModel;
class Store;

// Import from text: paste a press release or open a text file; the milestones found (TimelineTextParser)
// appear in a preview where the user unticks, edits and categorises them. Milestones already in the
// timeline start unticked. The dialog does not write to the store: the caller imports
// milestonesToImport() with one ImportMilestonesCommand, so that the whole import is one undo step.
class TimelineImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TimelineImportDialog(Store &store, QWidget *parent = nullptr);
    ~TimelineImportDialog() override;

    // The ticked rows as new milestones: draft, with the chosen date, title and category, and the
    // sentence they came from as description (unless it only repeats the title).
    QList<Milestone> milestonesToImport() const;
    // The ticked quotations as draft quotes of the contacts the text names (a quotation whose speaker is
    // not a contact cannot be ticked: a quote needs its speaker).
    QList<Quote> quotesToImport() const;

    // Parses the text at once instead of after the pause in typing.
    void refreshPreview();
    void showInText(int row);
    // The text's own place and date ("Herne, 14. März 2023 –"), shown above the preview, not imported.
    std::optional<Dateline> textDateline() const { return m_dateline; }

private:
    void openFile();
    void importChecked(); // asks first when ticked milestones are already in the timeline
    void applyCategoryToTicked(int comboIndex);
    void updateSummary();
    void findQuotes();

    std::unique_ptr<Ui::TimelineImportDialog> m_ui;
    ImportPreviewModel *m_model;
    QTimer *m_parseTimer;
    QString m_loadProblem; // why the existing milestones could not be read; empty normally
    QStandardItemModel *m_quotes;
    QList<Contact> m_contacts;     // to find the speakers the text names
    QString m_registerProblem;     // why the contacts or quotes could not be read, if they could not
    QSet<QString> m_knownWordings; // of the quotes in the register, simplified
    std::optional<Dateline> m_dateline;
};

} // namespace pressdesk
