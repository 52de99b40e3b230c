#pragma once

#include "models/statepalette.h"

#include <QLabel>

namespace pressdesk {

// A message inside a form or dialog (as KDE's KMessageWidget): a tinted, framed box that says what is
// wrong or worth knowing, hidden while there is nothing to say. A QLabel, so that forms and tests treat
// it as one; its colours come from StatePalette.
class InlineMessage : public QLabel
{
    Q_OBJECT
public:
    explicit InlineMessage(QWidget *parent = nullptr);

    // Shows text in the tone; an empty text hides the message.
    void showMessage(const QString &text, Tone tone);
    void clearMessage();
    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Info;
};

} // namespace pressdesk
