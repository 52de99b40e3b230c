#pragma once

#include <QLocale>
#include <QString>

namespace pressdesk {

// The language of the user interface: a personal choice (QSettings), not the office's. Dates shown in the
// window follow it; documents keep the office's document language.
class UiLanguage
{
public:
    enum class Choice
    {
        System,
        German,
        English
    };

    // The user's choice, System when none was made.
    static Choice stored();
    static void store(Choice choice);

    // Replaces the translators installed before (PressDesk's and Qt's) by those of the choice and makes
    // its locale the default, so that dates and numbers follow. Widgets then receive LanguageChange.
    static void apply(Choice choice);
    // The language applied last (System resolved to German or English).
    static Choice applied();

    static QLocale locale(Choice choice);
    static QString code(Choice choice);          // "system", "de", "en"
    static Choice fromCode(const QString &code); // anything unknown: System
};

} // namespace pressdesk
