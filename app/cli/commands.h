#pragma once

#include "commandsupport.h"
#include "exchange/demodatabase.h"

namespace pressdesk::cli {

// One function per subcommand; CommandLine dispatches to them by name.
int runDemo(const Invocation &invocation, const QString &summary);
int runInfo(const Invocation &invocation, const QString &summary);
int runImport(const Invocation &invocation, const QString &summary); // importcommands.cpp
int runExport(const Invocation &invocation, const QString &summary); // exportcommands.cpp
int runSearch(const Invocation &invocation, const QString &summary); // searchcommands.cpp
int runList(const Invocation &invocation, const QString &summary);   // releasecommands.cpp
int runShow(const Invocation &invocation, const QString &summary);   // releasecommands.cpp

} // namespace pressdesk::cli
