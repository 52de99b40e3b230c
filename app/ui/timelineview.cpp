#include "timelineview.h"

#include "models/milestonelistmodel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace pressdesk {

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setSingleStep(20);
    m_scene.setFont(font());
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::rebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &TimelineView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::rebuild);
    }
    m_fitPending = true;
    rebuild();
}

void TimelineView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    if (m_selectionModel)
        disconnect(m_selectionModel, nullptr, this, nullptr);
    m_selectionModel = selectionModel;
    if (m_selectionModel) {
        connect(m_selectionModel, &QItemSelectionModel::selectionChanged, this,
                &TimelineView::updateFromSelection);
        connect(m_selectionModel, &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        scrollToItem(m_scene.indexOfId(current.data(RecordTableModel::IdRole).toLongLong()));
                });
    }
    updateFromSelection();
}

// Reads the model into the scene. Cheap enough to do on every change (a copy per row), and simple.
void TimelineView::rebuild()
{
    std::vector<TimelineItem> items;
    if (m_model) {
        const int rows = m_model->rowCount();
        items.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, 0);
            TimelineItem item;
            item.milestone = index.data(MilestoneListModel::MilestoneRole).value<Milestone>();
            if (!item.milestone.start.isValid())
                continue;
            item.id = item.milestone.meta.id;
            item.row = row;
            item.colour = index.data(MilestoneListModel::CategoryColourRole).value<QColor>();
            item.categoryName = m_model->index(row, MilestoneListModel::CategoryColumn).data().toString();
            item.dateLabel = index.data().toString();
            item.startDay = item.milestone.start.firstDay().toJulianDay();
            const PartialDate &last = item.milestone.isRange() ? item.milestone.end : item.milestone.start;
            item.spanEndDay = last.lastDay().toJulianDay() + 1;
            items.push_back(std::move(item));
        }
    }
    m_scene.setItems(std::move(items));
    if (m_fitPending && hasUsableWidth() && !m_scene.items().empty()) {
        m_fitPending = false;
        m_followsWidth = true;
        m_scene.setPixelsPerDay(m_scene.fitPixelsPerDay(viewport()->width()));
    }
    updateFromSelection();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::updateFromSelection()
{
    m_selectedIds.clear();
    if (m_selectionModel) {
        for (const QModelIndex &index : m_selectionModel->selectedRows())
            m_selectedIds.insert(index.data(RecordTableModel::IdRole).toLongLong());
    }
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    const QSize size = viewport()->size();
    horizontalScrollBar()->setPageStep(size.width());
    verticalScrollBar()->setPageStep(size.height());
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_scene.contentWidth())) - size.width()));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_scene.contentHeight())) - size.height()));
}

QPointF TimelineView::toContent(const QPoint &viewportPoint) const
{
    return QPointF(viewportPoint.x() + horizontalScrollBar()->value(),
                   viewportPoint.y() + verticalScrollBar()->value());
}

void TimelineView::zoomBy(double factor, double anchorViewportX)
{
    m_followsWidth = false; // the user's zoom stays when the window changes size
    const double anchorDay = m_scene.dayForX(anchorViewportX + horizontalScrollBar()->value());
    const double minimum = m_scene.minPixelsPerDay(viewport()->width());
    m_scene.setPixelsPerDay(
        std::clamp(m_scene.pixelsPerDay() * factor, minimum, TimelineScene::MaxPixelsPerDay));
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::round(m_scene.xForDay(anchorDay) - anchorViewportX)));
    viewport()->update();
}

void TimelineView::zoomIn()
{
    zoomBy(1.5, viewport()->width() / 2.0);
}

void TimelineView::zoomOut()
{
    zoomBy(1 / 1.5, viewport()->width() / 2.0);
}

bool TimelineView::hasUsableWidth() const
{
    // Before the window is shown the viewport is a placeholder of ~100 px; fitting to it would zoom out
    // to the limit. Fit once there is room for a card.
    return viewport()->width() >= m_scene.metrics().cardWidth;
}

void TimelineView::fitAll()
{
    if (!hasUsableWidth()) {
        m_fitPending = true;
        return;
    }
    m_followsWidth = true;
    m_scene.setPixelsPerDay(m_scene.fitPixelsPerDay(viewport()->width()));
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void TimelineView::setPixelsPerDay(double pixelsPerDay)
{
    m_fitPending = false;
    m_followsWidth = false;
    m_scene.setPixelsPerDay(pixelsPerDay);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::scrollToItem(int sceneIndex)
{
    const QRectF rect = m_scene.itemRect(sceneIndex);
    if (rect.isEmpty())
        return;
    const QRect shown(horizontalScrollBar()->value(), verticalScrollBar()->value(), viewport()->width(),
                      viewport()->height());
    const int axis = m_scene.metrics().axisHeight;
    if (rect.left() < shown.left() + 20 || rect.left() + std::min(rect.width(), 200.0) > shown.right() - 20)
        horizontalScrollBar()->setValue(int(rect.left() - viewport()->width() / 3.0));
    if (rect.top() < shown.top() + axis || rect.bottom() > shown.bottom())
        verticalScrollBar()->setValue(int(rect.top() - axis - 40));
}

int TimelineView::rowAt(const QPoint &viewportPoint) const
{
    if (viewportPoint.y() < m_scene.metrics().axisHeight)
        return -1; // the axis stays on top
    const int index = m_scene.hitTest(toContent(viewportPoint));
    return index < 0 ? -1 : m_scene.items()[size_t(index)].row;
}

QRect TimelineView::viewportRectOfRow(int row) const
{
    for (int i = 0; i < int(m_scene.items().size()); ++i) {
        if (m_scene.items()[size_t(i)].row == row)
            return m_scene.itemRect(i)
                .translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value())
                .toAlignedRect();
    }
    return {};
}

void TimelineView::renderViewport(QPainter &painter) const
{
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.save();
    painter.translate(-offset);
    m_scene.paint(painter, QRectF(offset, viewport()->size()), m_selectedIds, m_dragPreview);
    painter.restore();
}

QImage TimelineView::renderViewport() const
{
    const qreal ratio = devicePixelRatioF();
    QImage image(viewport()->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderViewport(painter);
    return image;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    renderViewport(painter);
    if (hasFocus() && m_scene.items().empty()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No milestones to show."));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // Fitted and not zoomed since: the fit follows the window (a window made larger shows more room
    // per year, not empty space after the last card).
    if ((m_fitPending || m_followsWidth) && !m_scene.items().empty() && hasUsableWidth()) {
        m_fitPending = false;
        m_followsWidth = true;
        m_scene.setPixelsPerDay(m_scene.fitPixelsPerDay(viewport()->width()));
    }
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, delta.y()), event->position().x());
    } else if (event->modifiers() & Qt::ShiftModifier) {
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y() / 2);
    } else {
        // A timeline runs sideways: the wheel pans through time.
        const int step = delta.x() != 0 ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_scrollAtPress = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int row = rowAt(m_pressPos);
    if (row >= 0) {
        m_dragIndex = m_scene.hitTest(toContent(m_pressPos));
        selectSceneIndex(m_dragIndex);
        m_gesture = Gesture::Drag;
        m_dragStarted = false;
    } else {
        m_gesture = Gesture::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPoint moved = pos - m_pressPos;
    if (m_gesture == Gesture::Pan) {
        horizontalScrollBar()->setValue(m_scrollAtPress.x() - moved.x());
        verticalScrollBar()->setValue(m_scrollAtPress.y() - moved.y());
    } else if (m_gesture == Gesture::Drag) {
        if (!m_dragStarted && std::abs(moved.x()) >= QApplication::startDragDistance())
            m_dragStarted = true;
        if (m_dragStarted) {
            m_dragPreview = m_scene.snappedMove(m_dragIndex, moved.x());
            viewport()->setCursor(Qt::SizeHorCursor);
            viewport()->update();
        }
    } else {
        viewport()->setCursor(rowAt(pos) >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_gesture == Gesture::Drag && m_dragStarted && m_dragPreview && m_dragIndex >= 0) {
        const TimelineItem &item = m_scene.items()[size_t(m_dragIndex)];
        const TimelineScene::DragPreview preview = *m_dragPreview;
        m_dragPreview.reset();
        if (preview.start != item.milestone.start || preview.end != item.milestone.end)
            Q_EMIT moveRequested(item.id, preview.start, preview.end);
    }
    m_dragPreview.reset();
    m_gesture = Gesture::None;
    m_dragStarted = false;
    m_dragIndex = -1;
    viewport()->setCursor(rowAt(event->position().toPoint()) >= 0 ? Qt::PointingHandCursor
                                                                  : Qt::OpenHandCursor);
    viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        Q_EMIT activated(row);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int current = currentSceneIndex();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Left:
        selectSceneIndex(m_scene.neighbour(current, -1));
        break;
    case Qt::Key_Right:
        selectSceneIndex(m_scene.neighbour(current, +1));
        break;
    case Qt::Key_Up:
        selectSceneIndex(m_scene.nearestInLane(current, -1));
        break;
    case Qt::Key_Down:
        selectSceneIndex(m_scene.nearestInLane(current, +1));
        break;
    case Qt::Key_Home:
        selectSceneIndex(m_scene.neighbour(-1, +1));
        break;
    case Qt::Key_End:
        selectSceneIndex(m_scene.neighbour(-1, -1));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0)
            Q_EMIT activated(m_scene.items()[size_t(current)].row);
        break;
    case Qt::Key_Delete:
        if (current >= 0)
            Q_EMIT deleteRequested(m_scene.items()[size_t(current)].row);
        break;
    case Qt::Key_Escape:
        if (m_dragPreview) {
            m_dragPreview.reset();
            m_gesture = Gesture::None;
            viewport()->update();
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index =
            help->pos().y() < m_scene.metrics().axisHeight ? -1 : m_scene.hitTest(toContent(help->pos()));
        if (index >= 0) {
            const TimelineItem &item = m_scene.items()[size_t(index)];
            QString text = QStringLiteral("<b>%1</b><br>%2")
                               .arg(item.milestone.title.toHtmlEscaped(), item.dateLabel.toHtmlEscaped());
            if (!item.categoryName.isEmpty())
                text += QStringLiteral(" · ") + item.categoryName.toHtmlEscaped();
            if (!item.milestone.description.isEmpty())
                text += QStringLiteral("<br>") + item.milestone.description.left(300).toHtmlEscaped();
            QToolTip::showText(help->globalPos(), text, viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

int TimelineView::currentSceneIndex() const
{
    if (!m_selectionModel || !m_selectionModel->currentIndex().isValid())
        return -1;
    return m_scene.indexOfId(m_selectionModel->currentIndex().data(RecordTableModel::IdRole).toLongLong());
}

void TimelineView::selectSceneIndex(int index)
{
    if (index < 0 || !m_selectionModel || !m_model)
        return;
    const QModelIndex modelIndex = m_model->index(m_scene.items()[size_t(index)].row, 0);
    m_selectionModel->setCurrentIndex(modelIndex,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollToItem(index);
}

} // namespace pressdesk
