// Types into a release in the real editor, as a press officer would, until it is killed: the helper of
// tst_releasetyping. Usage: pressdesk_releasetyper FILE RELEASE_ID
// It continues the text typingText() from wherever the stored body ends, one key every 25 ms, and prints
// "typed N" after each key (N: the length of the body text typed so far).

#include "releasetyping.h"
#include "storage/store.h"
#include "ui/bodyedit.h"
#include "ui/releaseeditor.h"
#include "ui/releasespage.h"

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

using namespace pressdesk;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: pressdesk_releasetyper FILE RELEASE_ID\n");
        return 2;
    }
    Result<std::unique_ptr<Store>> opened = Store::open(arguments.at(1), Database::OpenMode::OpenExisting);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    QUndoStack stack;
    ReleasesPage page(&stack);
    page.resize(1200, 800);
    page.show();
    page.setStore(opened->get());
    if (!page.selectRelease(arguments.at(2).toLongLong())) {
        std::fprintf(stderr, "no release %s\n", qPrintable(arguments.at(2)));
        return 1;
    }
    BodyEdit *body = page.editor()->body();
    body->setFocus();
    QTextCursor cursor = body->textCursor();
    cursor.movePosition(QTextCursor::End);
    body->setTextCursor(cursor);
    int typed = int(body->toPlainText().size());

    QTimer keys;
    keys.setInterval(25);
    QObject::connect(&keys, &QTimer::timeout, &app, [&] {
        const QChar next = releasetyping::typingText(typed + 1).back();
        QTest::keyClick(body, char(next.unicode()));
        ++typed;
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    keys.start();
    return app.exec();
}
