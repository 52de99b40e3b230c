#include "inlinemessage.h"

namespace pressdesk {

InlineMessage::InlineMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    hide();
}

void InlineMessage::showMessage(const QString &text, Tone tone)
{
    m_tone = tone;
    setText(text);
    setStyleSheet(
        QStringLiteral("pressdesk--InlineMessage { color: %1; background: %2; border: 1px solid %3; "
                       "border-radius: 4px; padding: 4px 6px; }")
            .arg(StatePalette::text(tone).name(), StatePalette::background(tone).name(),
                 StatePalette::border(tone).name()));
    setVisible(!text.isEmpty());
}

void InlineMessage::clearMessage()
{
    setText(QString());
    hide();
}

} // namespace pressdesk
