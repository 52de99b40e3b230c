#pragma once

#include "core/quote.h"

#include <QColor>

namespace pressdesk {

// What a state means to the user, and so which colours it gets.
enum class Tone
{
    Neutral,  // a draft, nothing to note
    Muted,    // hints, counts, things in the background
    Positive, // authorised: may be published
    Pending,  // waiting for someone (authorisation requested), or a change not yet saved
    Warning,  // needs a look, but is no error (a duplicate, internal data leaving the office)
    Error,    // must be fixed, or must not be used (withdrawn)
    Info,     // a neutral note that should be seen (a newer revision exists)
};

// The colours of states, in one place (as KeePassXC's StateColorPalette): list models use them for their
// foreground and badges, the forms for error labels, invalid fields and inline messages. Nothing else in
// PressDesk spells out a state colour.
class StatePalette
{
public:
    static QColor text(Tone tone);
    static QColor background(Tone tone);
    static QColor border(Tone tone);
    static Tone of(AuthorisationState state);
    // Milestones and categories without a category colour.
    static QColor uncategorised();
};

} // namespace pressdesk
