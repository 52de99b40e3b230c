#pragma once

#include "core/milestone.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>

#include <functional>

class QFontMetricsF;
#include <optional>
#include <vector>

class QPainter;

namespace pressdesk {

// One milestone as the timeline draws it.
struct TimelineItem
{
    RecordId id = 0;
    int row = -1; // the row in the model it came from
    Milestone milestone;
    QString categoryName;
    QColor colour;
    qint64 startDay = 0;   // Julian day of the first day
    qint64 spanEndDay = 0; // Julian day after the last day (of the end, or of the start's precision)
    QString dateLabel;
    int lane = -1;
};

// The geometry and drawing of the timeline, independent of any widget so that the view, the exporters
// and the benchmark share it. Coordinates are "content" pixels: x from the first shown day, y from the top.
//
// Level of detail keeps every zoom fast at 100,000 milestones: cards with labels when they fit in a few
// lanes, small chips without labels when they do not, and a density histogram per category beyond that.
// Items are sorted by start and kept in per-lane arrays, so drawing and hit tests touch only what is visible.
class TimelineScene
{
public:
    enum class Detail
    {
        Cards,
        Chips,
        Density
    };

    struct Metrics
    {
        int axisHeight = 46;
        int eraHeight = 24;
        int cardWidth = 190;    // the narrowest card; cards grow to show their titles ...
        int maxCardWidth = 360; // ... up to this, where the title is elided
        int cardHeight = 60;    // two lines of title and the date
        int chipWidth = 14;
        int chipHeight = 14;
        int laneGap = 8;
        int maxCardLanes = 80;
        int maxChipLanes = 400;
    };

    TimelineScene();

    void setItems(std::vector<TimelineItem> items);
    const std::vector<TimelineItem> &items() const { return m_items; }
    int indexOfId(RecordId id) const;

    void setToday(const QDate &today);
    void setFont(const QFont &font);
    const Metrics &metrics() const { return m_metrics; }
    // The title on a card of this text width: one line, or "first line\nsecond line…" (elided only
    // on the second line).
    static QString wrapTitle(const QString &title, const QFontMetricsF &metrics, double width);

    // Zoom: pixels per day. Setting it re-lays out the lanes lazily.
    void setPixelsPerDay(double pixelsPerDay);
    double pixelsPerDay() const { return m_pixelsPerDay; }
    double fitPixelsPerDay(double viewportWidth) const;
    static constexpr double MaxPixelsPerDay = 600.0;
    static constexpr int MaxEraRows = 6;
    double minPixelsPerDay(double viewportWidth) const { return fitPixelsPerDay(viewportWidth) / 4.0; }

    double xForDay(qint64 julianDay) const { return double(julianDay - m_originDay) * m_pixelsPerDay; }
    double xForDay(double julianDay) const { return (julianDay - double(m_originDay)) * m_pixelsPerDay; }
    double dayForX(double x) const { return double(m_originDay) + x / m_pixelsPerDay; }
    qint64 originDay() const { return m_originDay; }

    double contentWidth() const;
    double contentHeight() const;
    Detail detail() const;
    int laneCount() const;
    int eraRowCount() const;

    // The item under a content point, or -1. Density shows no single items.
    int hitTest(const QPointF &point) const;
    // The rectangle of an item's card, chip or era band, in content coordinates (empty in density detail).
    QRectF itemRect(int index) const;

    // Keyboard navigation among point milestones and eras, in chronological order.
    int neighbour(int index, int step) const;
    int nearestInLane(int index, int laneStep) const;

    struct DragPreview
    {
        int index = -1;
        PartialDate start;
        PartialDate end;
    };

    // Draws the part of the timeline in `exposed` (content coordinates) with the painter already
    // translated so that content coordinates map to the target.
    void paint(QPainter &painter, const QRectF &exposed, const QSet<RecordId> &selected,
               const std::optional<DragPreview> &drag = std::nullopt) const;

    // The date a dragged item lands on: the start moved by the drag, snapped to its own precision.
    DragPreview snappedMove(int index, double deltaX) const;

private:
    void ensureLayout() const;
    // widthOf(index): the item's width in pixels, with the gap to the next.
    int assignLanes(const std::vector<int> &indices, const std::function<double(int)> &widthOf,
                    std::vector<int> &lanes) const;
    void measureCards();
    double laneTop(int lane) const;
    double itemWidth(int index) const;
    double widestItem() const;
    double itemHeight() const;

    void paintAxis(QPainter &painter, const QRectF &exposed) const;
    void paintEras(QPainter &painter, const QRectF &exposed, const QSet<RecordId> &selected) const;
    void paintPoints(QPainter &painter, const QRectF &exposed, const QSet<RecordId> &selected) const;
    void paintDensity(QPainter &painter, const QRectF &exposed) const;
    void paintCard(QPainter &painter, const TimelineItem &item, const QRectF &rect, bool selected,
                   bool ghost = false, const QString &dateOverride = {}) const;
    void paintToday(QPainter &painter, const QRectF &exposed) const;

    Metrics m_metrics;
    std::vector<TimelineItem> m_items; // sorted by startDay
    std::vector<int> m_points;         // indices of point milestones, by start
    std::vector<int> m_eras;           // indices of ranges, by start
    std::vector<int> m_eraRow;         // per era (same order as m_eras)
    int m_eraRows = 0;
    qint64 m_originDay = 0;
    qint64 m_endDay = 0;
    double m_pixelsPerDay = 1.0;
    QDate m_today;
    QFont m_font;
    QFont m_smallFont;
    QFont m_boldFont;

    // Per-category start days, for the density histogram.
    struct CategoryDays
    {
        QColor colour;
        std::vector<qint64> startDays;
    };
    std::vector<CategoryDays> m_categoryDays;

    // Lane layout for the current zoom; computed on demand.
    mutable bool m_layoutDirty = true;
    mutable Detail m_detail = Detail::Cards;
    mutable int m_laneCount = 0;
    mutable std::vector<std::vector<int>> m_lanes; // per lane: indices into m_items, by start
    mutable std::vector<int> m_itemLane;           // per item: its lane, -1 for eras and in density
    mutable std::vector<QString> m_elided;         // card titles elided to the card width, on first draw
    std::vector<double> m_cardWidths;              // per item: the card that shows its whole title
    mutable bool m_wideCards = true;               // false when grown cards would need too many lanes
};

} // namespace pressdesk
