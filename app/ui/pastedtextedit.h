#pragma once

#include <QPlainTextEdit>

namespace pressdesk {

// A plain text field for text pasted from a browser or Word: where the clipboard holds HTML, its text is
// taken with the lines, list items and table rows it shows (TimelineTextParser::htmlToText), not the
// flattened plain text some applications offer beside it.
class PastedTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

Q_SIGNALS:
    // After a paste, with the text that came in (a release pasted into a lead may open with its dateline).
    void textPasted(const QString &text);

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace pressdesk
