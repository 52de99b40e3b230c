#include "application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pressdesk {

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("PressDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PressDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));

    const QLocale locale;
    auto *own = new QTranslator(&app);
    // German for German users; everyone else gets the English source texts, whose plural forms
    // ("1 milestone", "2 milestones") come from pressdesk_en.
    const bool german = locale.language() == QLocale::German;
    const QString file = german ? QStringLiteral("pressdesk_de") : QStringLiteral("pressdesk_en");
    if (own->load(file, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own strings (dialog buttons, context menus) in the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace pressdesk
