#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace pressdesk {

namespace {
const auto languageKey = QStringLiteral("ui/language");

// Owned by the application; replaced on every apply().
QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;
UiLanguage::Choice appliedChoice = UiLanguage::Choice::English;

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}
} // namespace

UiLanguage::Choice UiLanguage::stored()
{
    return fromCode(QSettings().value(languageKey).toString());
}

void UiLanguage::store(Choice choice)
{
    QSettings().setValue(languageKey, code(choice));
}

QLocale UiLanguage::locale(Choice choice)
{
    switch (choice) {
    case Choice::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Choice::English:
        // British English writes day before month, as German readers expect of an English window.
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Choice::System:
        break;
    }
    return QLocale::system();
}

QString UiLanguage::code(Choice choice)
{
    switch (choice) {
    case Choice::German:
        return QStringLiteral("de");
    case Choice::English:
        return QStringLiteral("en");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

UiLanguage::Choice UiLanguage::fromCode(const QString &code)
{
    if (code == QLatin1String("de"))
        return Choice::German;
    if (code == QLatin1String("en"))
        return Choice::English;
    return Choice::System;
}

UiLanguage::Choice UiLanguage::applied()
{
    return appliedChoice;
}

void UiLanguage::apply(Choice choice)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    // "The system's" is the locale the application started with (the system's, unless the process set a
    // default before), not whatever an earlier choice made the default.
    static const QLocale startLocale;
    // German for German users; everyone else gets the English source texts, whose plural forms
    // ("1 milestone", "2 milestones") come from pressdesk_en.
    const bool german =
        choice == Choice::German || (choice == Choice::System && startLocale.language() == QLocale::German);
    appliedChoice = german ? Choice::German : Choice::English;
    const QLocale locale = choice == Choice::System ? startLocale : UiLanguage::locale(choice);
    QLocale::setDefault(locale);

    removeTranslator(ownTranslator);
    removeTranslator(qtTranslator);
    auto *own = new QTranslator(app);
    if (own->load(german ? QStringLiteral("pressdesk_de") : QStringLiteral("pressdesk_en"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        ownTranslator = own;
    } else {
        delete own;
    }
    // Qt's own strings (dialog buttons, context menus) in the same language.
    auto *qt = new QTranslator(app);
    if (qt->load(german ? QLocale(QLocale::German, QLocale::Germany) : locale, QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
}

} // namespace pressdesk
