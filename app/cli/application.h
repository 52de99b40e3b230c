#pragma once

class QCoreApplication;

namespace pressdesk {

// Names the application (settings and data folders follow from it) and installs the translators for
// the user's language: PressDesk's own and Qt's. Shared by the GUI, the CLI and the tests.
void setUpApplication(QCoreApplication &app);

} // namespace pressdesk
