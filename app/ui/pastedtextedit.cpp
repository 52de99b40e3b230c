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
            Q_EMIT textPasted(text);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
    if (source && source->hasText())
        Q_EMIT textPasted(source->text());
}

} // namespace pressdesk
