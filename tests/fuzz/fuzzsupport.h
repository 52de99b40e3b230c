#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

// Shared by the libFuzzer harnesses: an application object as the program has one, and a way to report a
// broken promise of the API under test so that libFuzzer keeps the input (abort() is a crash to it).
namespace fuzzsupport {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Warnings from Qt would flood the fuzzer's output; a fatal message still ends the run.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
        std::abort();
    }
}

// Called from LLVMFuzzerInitialize: an application object (kept for the whole run, as in the program)
// and a German default locale, the language PressDesk's users work in.
inline void initialise()
{
    static int argc = 1;
    static char name[] = "pressdesk-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    qInstallMessageHandler(quietMessages);
}

[[noreturn]] inline void fail(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: broken promise: %s\n%s\n", file, line, condition, qUtf8Printable(detail));
    std::abort();
}

} // namespace fuzzsupport

// Like Q_ASSERT, but always on and with a detail that helps to read the finding.
#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            fuzzsupport::fail(__FILE__, __LINE__, #condition, (detail));                                     \
    } while (false)
