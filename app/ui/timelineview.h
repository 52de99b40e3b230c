#pragma once

#include "render/timelinescene.h"

#include <QAbstractScrollArea>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemModel;
class QItemSelectionModel;

namespace pressdesk {

// The zoomable graphical timeline over a (filtered) milestone model. Selection is shared with the list
// through one QItemSelectionModel. Ctrl+wheel or +/- zoom, the wheel and dragging the background pan,
// arrow keys move between milestones, and dragging a card moves its date (snapped to its precision).
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setSelectionModel(QItemSelectionModel *selectionModel);
    const TimelineScene &scene() const { return m_scene; }

    void zoomIn();
    void zoomOut();
    void fitAll();
    void zoomBy(double factor, double anchorViewportX);
    void setPixelsPerDay(double pixelsPerDay);
    void scrollToItem(int sceneIndex);

    // The model row of the milestone under a viewport point, or -1.
    int rowAt(const QPoint &viewportPoint) const;
    QRect viewportRectOfRow(int row) const;
    // What the viewport shows now, drawn into an image or an SVG (same painter code).
    QImage renderViewport() const;
    void renderViewport(QPainter &painter) const;

Q_SIGNALS:
    void moveRequested(pressdesk::RecordId id, const pressdesk::PartialDate &start,
                       const pressdesk::PartialDate &end);
    void activated(int row);       // double-click or Return: edit
    void deleteRequested(int row); // Delete key

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rebuild();
    bool hasUsableWidth() const;
    void updateFromSelection();
    void updateScrollBars();
    void selectSceneIndex(int index);
    int currentSceneIndex() const;
    QPointF toContent(const QPoint &viewportPoint) const;

    TimelineScene m_scene;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;
    QSet<RecordId> m_selectedIds;
    bool m_fitPending = true;
    bool m_followsWidth = false; // fitted, and not zoomed since

    enum class Gesture
    {
        None,
        Pan,
        Drag
    };
    Gesture m_gesture = Gesture::None;
    QPoint m_pressPos;
    QPoint m_scrollAtPress;
    int m_dragIndex = -1;
    bool m_dragStarted = false;
    std::optional<TimelineScene::DragPreview> m_dragPreview;
};

} // namespace pressdesk
