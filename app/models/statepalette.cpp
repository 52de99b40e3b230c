#include "statepalette.h"

namespace pressdesk {

QColor StatePalette::text(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
    case Tone::Muted:
        return QColor(0x47, 0x54, 0x67);
    case Tone::Positive:
        return QColor(0x06, 0x76, 0x47);
    case Tone::Pending:
        return QColor(0xb5, 0x47, 0x08);
    case Tone::Warning:
        return QColor(0x92, 0x40, 0x0e);
    case Tone::Error:
        return QColor(0xb4, 0x23, 0x18);
    case Tone::Info:
        return QColor(0x17, 0x5c, 0xd3);
    }
    return QColor(0x47, 0x54, 0x67);
}

QColor StatePalette::background(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
    case Tone::Muted:
        return QColor(0xf2, 0xf4, 0xf7);
    case Tone::Positive:
        return QColor(0xdc, 0xfa, 0xe6);
    case Tone::Pending:
    case Tone::Warning:
        return QColor(0xfe, 0xf0, 0xc7);
    case Tone::Error:
        return QColor(0xfe, 0xe4, 0xe2);
    case Tone::Info:
        return QColor(0xef, 0xf8, 0xff);
    }
    return QColor(0xf2, 0xf4, 0xf7);
}

QColor StatePalette::border(Tone tone)
{
    return tone == Tone::Info ? QColor(0xb2, 0xdd, 0xff) : text(tone);
}

Tone StatePalette::of(AuthorisationState state)
{
    switch (state) {
    case AuthorisationState::Draft:
        return Tone::Neutral;
    case AuthorisationState::Requested:
        return Tone::Pending; // waiting for the speaker
    case AuthorisationState::Authorised:
        return Tone::Positive; // may be published
    case AuthorisationState::Withdrawn:
        return Tone::Error; // must not be used
    }
    return Tone::Neutral;
}

QColor StatePalette::uncategorised()
{
    return QColor(0x9c, 0xa3, 0xaf);
}

} // namespace pressdesk
