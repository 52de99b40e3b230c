#include "emptylisthint.h"

#include "statestyle.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLineEdit>

namespace pressdesk {

EmptyListHint::EmptyListHint(QAbstractItemView *view, std::function<QString()> message)
    : QLabel(view->viewport())
    , m_view(view)
    , m_message(std::move(message))
{
    setObjectName(view->objectName() + QStringLiteral("EmptyHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    StateStyle::setTone(this, Tone::Muted);
    view->viewport()->installEventFilter(this);
    hide();
    refresh();
}

void EmptyListHint::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (model == m_watched)
        return;
    for (const QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_watched = model;
    if (!model)
        return;
    auto refreshNow = [this] { refresh(); };
    m_connections[0] = connect(model, &QAbstractItemModel::modelReset, this, refreshNow);
    m_connections[1] = connect(model, &QAbstractItemModel::rowsInserted, this, refreshNow);
    m_connections[2] = connect(model, &QAbstractItemModel::rowsRemoved, this, refreshNow);
    m_connections[3] = connect(model, &QAbstractItemModel::layoutChanged, this, refreshNow);
}

void EmptyListHint::refresh()
{
    watchModel();
    const QAbstractItemModel *model = m_view->model();
    const QString message = model && model->rowCount() == 0 ? m_message() : QString();
    setText(message);
    setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    setVisible(!message.isEmpty());
}

EmptyListHint *EmptyListHint::following(QLineEdit *search)
{
    connect(search, &QLineEdit::textChanged, this, &EmptyListHint::refresh);
    return this;
}

QString EmptyListHint::noHitsFor(const QString &search)
{
    const QString trimmed = search.trimmed();
    return trimmed.isEmpty() ? QString() : tr("No hits for “%1”").arg(trimmed);
}

bool EmptyListHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    return QLabel::eventFilter(watched, event);
}

} // namespace pressdesk
