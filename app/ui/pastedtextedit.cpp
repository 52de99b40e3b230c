#include "pastedtextedit.h"

#include "formats/timelinetextparser.h"

#include <QMimeData>

namespace pressdesk {

void PastedTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source && source->hasHtml()) {
        const QString text = TimelineTextParser::htmlToText(source->html());
        if (!text.isEmpty()) {
            insertPlainText(text);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace pressdesk
