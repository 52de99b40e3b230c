#include "listkeys.h"

#include <QAbstractItemView>
#include <QShortcut>

namespace pressdesk {

void openOnReturn(QAbstractItemView *list, std::function<void()> open)
{
    for (const int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), list, nullptr, nullptr, Qt::WidgetShortcut);
        QObject::connect(shortcut, &QShortcut::activated, list, [list, open] {
            if (list->currentIndex().isValid())
                open();
        });
    }
}

} // namespace pressdesk
