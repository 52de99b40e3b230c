#include "layoutmemory.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

#include <numeric>

namespace pressdesk::LayoutMemory {

namespace {
QString settingsKey(const QString &key)
{
    return QStringLiteral("layout/") + key;
}

QString currentFileGroup; // of the file now open; empty when none

QString fileKey(const QString &key)
{
    return currentFileGroup.isEmpty() ? QString() : currentFileGroup + QStringLiteral("/") + settingsKey(key);
}

struct KeptSplitter
{
    QPointer<QSplitter> splitter;
    QString key;
};
QList<KeptSplitter> &keptSplitters()
{
    static QList<KeptSplitter> splitters;
    return splitters;
}

// The state for this file if it has one, else the last one the user left.
QByteArray splitterState(const QString &key)
{
    const QSettings settings;
    if (const QString scoped = fileKey(key); !scoped.isEmpty()) {
        const QByteArray state = settings.value(scoped).toByteArray();
        if (!state.isEmpty())
            return state;
    }
    return settings.value(settingsKey(key)).toByteArray();
}

// Whether the user holds a mouse button on the header: only then is a resized column their arrangement
// (a column the header or a layout resizes while a click elsewhere is still held is not).
constexpr char UserResizing[] = "pressdesk_userResizing";

class HeaderPressWatcher : public QObject
{
public:
    explicit HeaderPressWatcher(QHeaderView *header)
        : QObject(header)
        , m_header(header)
    {
        header->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_header->setProperty(UserResizing, true);
        else if (event->type() == QEvent::MouseButtonRelease)
            m_header->setProperty(UserResizing, false);
        return false;
    }

private:
    QHeaderView *m_header;
};

bool userIsResizing(const QHeaderView *header)
{
    return header->property(UserResizing).toBool() && QGuiApplication::mouseButtons() != Qt::NoButton;
}

bool hasKept(const QString &key)
{
    return !QSettings().value(settingsKey(key)).toByteArray().isEmpty();
}

// Spreads the header's width over its columns in fixed proportions whenever the header is resized,
// until the user resizes a column with the mouse.
class ColumnFiller : public QObject
{
public:
    ColumnFiller(QHeaderView *header, QList<int> widths)
        : QObject(header)
        , m_header(header)
        , m_widths(std::move(widths))
    {
        header->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this] {
            if (!m_filling && userIsResizing(m_header))
                deleteLater(); // the user arranges the columns from now on
        });
        connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFiller::fill);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_header && event->type() == QEvent::Resize)
            fill();
        return false;
    }

private:
    void fill()
    {
        const int count = std::min<int>(m_header->count(), int(m_widths.size()));
        if (count == 0)
            return;
        const int wanted = std::accumulate(m_widths.cbegin(), m_widths.cbegin() + count, 0);
        const double factor = std::max(1.0, double(m_header->width()) / double(wanted));
        m_filling = true;
        int used = 0;
        for (int column = 0; column < count; ++column) {
            // The last column takes what rounding left, so the columns end exactly at the edge.
            const int width = column == count - 1 && factor > 1.0 ? m_header->width() - used
                                                                  : int(m_widths.at(column) * factor);
            m_header->resizeSection(column, width);
            used += width;
        }
        m_filling = false;
    }

    QHeaderView *m_header;
    QList<int> m_widths;
    bool m_filling = false;
};
} // namespace

QString fileGroup(const QString &path)
{
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("files/") + QString::fromLatin1(hash.toHex().left(16));
}

void setFile(const QString &path)
{
    currentFileGroup = path.isEmpty() ? QString() : fileGroup(path);
    QList<KeptSplitter> &splitters = keptSplitters();
    splitters.removeIf([](const KeptSplitter &kept) { return kept.splitter.isNull(); });
    for (const KeptSplitter &kept : std::as_const(splitters)) {
        const QByteArray state = splitterState(kept.key);
        if (!state.isEmpty())
            kept.splitter->restoreState(state);
    }
}

void keep(QSplitter *splitter, const QString &key)
{
    const QByteArray state = splitterState(key);
    if (!state.isEmpty())
        splitter->restoreState(state);
    keptSplitters().append({splitter, key});
    // Only a drag is saved: a side hidden for a moment (a form with nothing to show) must not be
    // remembered as a side of no width. Saved for the file and as the last arrangement.
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, key] {
        QSettings settings;
        settings.setValue(settingsKey(key), splitter->saveState());
        if (const QString scoped = fileKey(key); !scoped.isEmpty())
            settings.setValue(scoped, splitter->saveState());
    });
}

void keep(QHeaderView *header, const QString &key)
{
    new HeaderPressWatcher(header);
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
        if (header->count() > 0 && header->isVisible() && userIsResizing(header))
            QSettings().setValue(settingsKey(key), header->saveState());
    });
}

void keep(QHeaderView *header, const QString &key, const QList<int> &widthsToFill)
{
    if (!hasKept(key))
        new ColumnFiller(header, widthsToFill);
    keep(header, key);
}

} // namespace pressdesk::LayoutMemory
