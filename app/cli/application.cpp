#include "application.h"

#include "core/uilanguage.h"

#include <QCoreApplication>

namespace pressdesk {

// The application is asked for so that it exists: the translators are installed into it.
void setUpApplication(QCoreApplication & /*app*/)
{
    QCoreApplication::setOrganizationName(QStringLiteral("PressDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PressDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));

    // The user's choice of language (Settings), the system's when none was made.
    UiLanguage::apply(UiLanguage::stored());
}

} // namespace pressdesk
