#include "layoutmemory.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

namespace pressdesk::LayoutMemory {

namespace {
QString settingsKey(const QString &key)
{
    return QStringLiteral("layout/") + key;
}
} // namespace

void keep(QSplitter *splitter, const QString &key)
{
    const QByteArray state = QSettings().value(settingsKey(key)).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    // Only a drag is saved: a side hidden for a moment (a form with nothing to show) must not be
    // remembered as a side of no width.
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(settingsKey(key), splitter->saveState()); });
}

void keep(QHeaderView *header, const QString &key)
{
    auto restore = [header, key] {
        const QByteArray state = QSettings().value(settingsKey(key)).toByteArray();
        if (!state.isEmpty() && header->count() > 0)
            header->restoreState(state);
    };
    if (header->count() > 0) {
        restore();
    } else {
        // The model gets its columns later (when a file is opened): restore then, once.
        auto *once = new QMetaObject::Connection;
        *once = QObject::connect(header, &QHeaderView::sectionCountChanged, header,
                                 [once, restore](int, int now) {
                                     if (now <= 0)
                                         return;
                                     QObject::disconnect(*once);
                                     delete once;
                                     restore();
                                 });
    }
    QObject::connect(header, &QHeaderView::sectionResized, header, [header, key] {
        if (header->count() > 0 && header->isVisible())
            QSettings().setValue(settingsKey(key), header->saveState());
    });
}

} // namespace pressdesk::LayoutMemory
