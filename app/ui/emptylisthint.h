#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemModel;

class QAbstractItemView;
class QLineEdit;

namespace pressdesk {

// A line in the middle of an empty list that says why it is empty ("No hits for “Müler”"), so that an
// empty list is never mistaken for lost data. Follows the view's model; hidden while there are rows or
// while the message function returns nothing.
class EmptyListHint : public QLabel
{
    Q_OBJECT
public:
    EmptyListHint(QAbstractItemView *view, std::function<QString()> message);

    // Call when the model was replaced or what the message depends on changed.
    void refresh(); // not update(): that is QWidget's repaint
    // Updates as the search is typed too: a list already empty does not change when the search goes on.
    EmptyListHint *following(QLineEdit *search);
    // "No hits for “…”" for a search as typed; nothing when the search is empty.
    static QString noHitsFor(const QString &search);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchModel();

    QAbstractItemView *m_view;
    std::function<QString()> m_message;
    const QAbstractItemModel *m_watched = nullptr;
    QMetaObject::Connection m_connections[4];
};

} // namespace pressdesk
