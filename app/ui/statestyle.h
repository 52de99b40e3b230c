#pragma once

#include "models/statepalette.h"

class QLabel;
class QWidget;

namespace pressdesk {

// How widgets show a state, built from StatePalette: the only place where the forms get their colours.
namespace StateStyle {

// Text in the tone's colour (Muted follows the desktop's placeholder colour, so it suits dark themes).
void setTone(QWidget *widget, Tone tone, bool italic = false);
// A red frame around a field whose value cannot be saved; none when valid.
void markInvalid(QWidget *field, bool invalid);
// A field that may not be changed (a requested or authorised quote's wording) looks like the window.
void markLocked(QWidget *field, bool locked);
// A rounded badge (a quote's authorisation state).
void setBadge(QLabel *label, Tone tone);

} // namespace StateStyle

} // namespace pressdesk
