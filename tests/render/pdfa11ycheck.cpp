// pdfa11ycheck FILE.pdf…: PdfAccessibilityCheck on any PDF, for developers. Prints what the check found out
// and every problem; exits 0 when every file passes, 1 when one has a problem, 2 on wrong usage or a file
// that cannot be read.

#include "render/pdfaccessibilitycheck.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

using pressdesk::PdfAccessibilityCheck;

int main(int argc, char **argv)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2 || QByteArray(argv[1]) == "--help" || QByteArray(argv[1]) == "-h") {
        err << "usage: pdfa11ycheck FILE.pdf...\n"
               "Checks what a screen reader and a PDF/UA checker need of each PDF (tags, language, title,\n"
               "artifacts, alternative texts, headings, fonts). Exit 0: all pass; 1: problems; 2: "
               "unreadable.\n";
        return 2;
    }
    int exitCode = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << path << ": " << file.errorString() << '\n';
            exitCode = 2;
            continue;
        }
        const PdfAccessibilityCheck::Report report = PdfAccessibilityCheck::check(file.readAll());
        out << path << ": " << report.pages << " pages, language \"" << report.language << "\", title \""
            << report.title << "\"\n";
        out << "  structure: " << report.structureTypes.join(QLatin1Char(' ')) << '\n';
        out << "  headings: " << report.headings.join(QLatin1Char(' ')) << '\n';
        for (const QString &alt : report.figureAlts)
            out << "  figure: \"" << alt << "\"\n";
        for (const QString &problem : report.problems)
            out << "  PROBLEM: " << problem << '\n';
        out << "  " << (report.passes() ? "passes" : "FAILS") << '\n';
        if (!report.passes() && exitCode == 0)
            exitCode = 1;
    }
    return exitCode;
}
