#include "timelinescene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <set>

namespace pressdesk {

namespace {

const QColor axisBackground(0xf3, 0xf4, 0xf6);
const QColor gridColour(0xe5, 0xe7, 0xeb);
const QColor textColour(0x1f, 0x29, 0x37);
const QColor mutedText(0x6b, 0x72, 0x80);
const QColor cardBorder(0xc9, 0xce, 0xd6);
const QColor selectionColour(0x1a, 0x73, 0xe8);
const QColor todayColour(0xd9, 0x30, 0x25);

enum class Unit
{
    Day,
    Month,
    Year
};

struct TickStep
{
    Unit unit;
    int count;
    double approxDays;
};

const TickStep tickSteps[] = {
    {Unit::Day, 1, 1.0},       {Unit::Day, 7, 7.0},        {Unit::Month, 1, 30.44}, {Unit::Month, 3, 91.3},
    {Unit::Month, 6, 182.6},   {Unit::Year, 1, 365.25},    {Unit::Year, 5, 1826.0}, {Unit::Year, 10, 3652.5},
    {Unit::Year, 50, 18262.0}, {Unit::Year, 100, 36525.0},
};

bool isGerman()
{
    return QLocale().language() == QLocale::German;
}

// The first tick of a step at or before a day.
QDate firstTick(const QDate &day, const TickStep &step)
{
    switch (step.unit) {
    case Unit::Day:
        if (step.count == 7)
            return day.addDays(-(day.dayOfWeek() - 1)); // weeks start on Monday
        return day;
    case Unit::Month: {
        const int month0 = ((day.month() - 1) / step.count) * step.count;
        return QDate(day.year(), month0 + 1, 1);
    }
    case Unit::Year:
        break;
    }
    const int year = int(std::floor(double(day.year()) / step.count)) * step.count;
    return QDate(std::max(1, year), 1, 1);
}

QDate nextTick(const QDate &tick, const TickStep &step)
{
    switch (step.unit) {
    case Unit::Day:
        return tick.addDays(step.count);
    case Unit::Month:
        return tick.addMonths(step.count);
    case Unit::Year:
        break;
    }
    return tick.addYears(step.count);
}

QString tickLabel(const QDate &tick, const TickStep &step)
{
    const QLocale locale;
    switch (step.unit) {
    case Unit::Day:
        return locale.toString(tick, isGerman() ? QStringLiteral("d. MMM") : QStringLiteral("d MMM"));
    case Unit::Month:
        if (tick.month() == 1)
            return QString::number(tick.year());
        return locale.monthName(tick.month(), QLocale::ShortFormat);
    case Unit::Year:
        break;
    }
    return QString::number(tick.year());
}

// A partial date moved by whole units of another date's precision, keeping its own precision.
PartialDate shifted(const PartialDate &date, PartialDate::Precision unit, int units)
{
    if (!date.isValid() || units == 0)
        return date;
    QDate first = date.firstDay();
    switch (unit) {
    case PartialDate::Precision::Year:
        first = first.addYears(units);
        break;
    case PartialDate::Precision::Month:
        first = first.addMonths(units);
        break;
    default:
        first = first.addDays(units);
        break;
    }
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return PartialDate::fromYear(first.year());
    case PartialDate::Precision::Month:
        return PartialDate::fromYearMonth(first.year(), first.month());
    default:
        return PartialDate::fromDate(first);
    }
}

int unitsBetween(const PartialDate &from, const PartialDate &to)
{
    switch (from.precision()) {
    case PartialDate::Precision::Year:
        return to.year() - from.year();
    case PartialDate::Precision::Month:
        return (to.year() * 12 + to.month()) - (from.year() * 12 + from.month());
    default:
        return int(from.firstDay().daysTo(to.firstDay()));
    }
}

} // namespace

TimelineScene::TimelineScene()
{
    setFont(QFont());
    m_today = QDate::currentDate();
}

void TimelineScene::setFont(const QFont &font)
{
    m_font = font;
    m_boldFont = font;
    m_boldFont.setBold(true);
    m_smallFont = font;
    m_smallFont.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    m_elided.assign(m_items.size(), QString());
    measureCards();
}

void TimelineScene::measureCards()
{
    // A card as wide as its title (with the colour bar and margins of paintCard), within the bounds.
    const QFontMetricsF metrics(m_boldFont);
    m_cardWidths.resize(m_items.size());
    for (size_t i = 0; i < m_items.size(); ++i) {
        const double natural = std::ceil(metrics.horizontalAdvance(m_items[i].milestone.title)) + 12 + 6 + 4;
        m_cardWidths[i] = std::clamp(natural, double(m_metrics.cardWidth), double(m_metrics.maxCardWidth));
    }
    m_layoutDirty = true;
}

void TimelineScene::setToday(const QDate &today)
{
    m_today = today;
}

void TimelineScene::setItems(std::vector<TimelineItem> items)
{
    std::sort(items.begin(), items.end(), [](const TimelineItem &a, const TimelineItem &b) {
        if (a.startDay != b.startDay)
            return a.startDay < b.startDay;
        if (a.spanEndDay != b.spanEndDay)
            return a.spanEndDay < b.spanEndDay;
        return a.id < b.id;
    });
    m_items = std::move(items);
    m_points.clear();
    m_eras.clear();
    m_categoryDays.clear();
    m_elided.assign(m_items.size(), QString());
    m_itemLane.assign(m_items.size(), -1);
    measureCards();

    // The range of the milestones themselves; today is marked when it falls inside, but does not widen it.
    qint64 first = m_items.empty() ? m_today.toJulianDay() - 365 : std::numeric_limits<qint64>::max();
    qint64 last = m_items.empty() ? m_today.toJulianDay() + 365 : std::numeric_limits<qint64>::min();
    QHash<RecordId, int> categorySlot;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const TimelineItem &item = m_items[size_t(i)];
        first = std::min(first, item.startDay);
        last = std::max(last, item.spanEndDay);
        if (item.milestone.isRange())
            m_eras.push_back(i);
        else
            m_points.push_back(i);
        const RecordId category = item.milestone.categoryId;
        auto slot = categorySlot.constFind(category);
        if (slot == categorySlot.cend()) {
            slot = categorySlot.insert(category, int(m_categoryDays.size()));
            m_categoryDays.push_back({item.colour.isValid() ? item.colour : mutedText, {}});
        }
        m_categoryDays[size_t(*slot)].startDays.push_back(item.startDay); // already sorted
    }
    // Era rows: ranges that overlap in time share no row. They do not depend on the zoom.
    m_eraRow.assign(m_eras.size(), 0);
    std::vector<qint64> rowEnds;
    for (size_t e = 0; e < m_eras.size(); ++e) {
        const TimelineItem &era = m_items[size_t(m_eras[e])];
        size_t row = 0;
        while (row < rowEnds.size() && rowEnds[row] > era.startDay)
            ++row;
        if (row == size_t(MaxEraRows)) // beyond a few rows, programmes share the last one
            row = size_t(MaxEraRows) - 1;
        else if (row == rowEnds.size())
            rowEnds.push_back(0);
        rowEnds[row] = era.spanEndDay;
        m_eraRow[e] = int(row);
    }
    m_eraRows = int(rowEnds.size());
    const qint64 margin = std::max<qint64>(20, (last - first) / 40);
    m_originDay = first - margin;
    m_endDay = last + margin;
    m_layoutDirty = true;
}

int TimelineScene::indexOfId(RecordId id) const
{
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (m_items[size_t(i)].id == id)
            return i;
    }
    return -1;
}

void TimelineScene::setPixelsPerDay(double pixelsPerDay)
{
    pixelsPerDay = std::clamp(pixelsPerDay, 1e-6, MaxPixelsPerDay);
    if (qFuzzyCompare(pixelsPerDay, m_pixelsPerDay))
        return;
    m_pixelsPerDay = pixelsPerDay;
    m_layoutDirty = true;
}

double TimelineScene::fitPixelsPerDay(double viewportWidth) const
{
    // Every card whole: each ends left of the viewport's edge, the last one's included (a milestone
    // just added at the end must not be cut by "Fit All").
    const double room = viewportWidth - 24;
    const double days = std::max<double>(30.0, double(m_endDay - m_originDay));
    double fit = (room - m_metrics.cardWidth) / days;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const double offset = double(m_items[i].startDay - m_originDay);
        if (offset > 0)
            fit = std::min(fit, (room - m_cardWidths[i]) / offset);
    }
    // A view narrower than the cards cannot show every card whole; the years still take at least half
    // of it rather than shrinking to a point (the last cards are then reached by scrolling).
    return std::max({1e-6, fit, room / (2 * days)});
}

double TimelineScene::contentWidth() const
{
    return xForDay(m_endDay) + m_metrics.maxCardWidth + 24;
}

double TimelineScene::laneTop(int lane) const
{
    return m_metrics.axisHeight + m_eraRows * m_metrics.eraHeight + 12 +
           lane * (itemHeight() + m_metrics.laneGap);
}

double TimelineScene::itemWidth(int index) const
{
    if (m_detail == Detail::Chips)
        return m_metrics.chipWidth;
    return m_wideCards && size_t(index) < m_cardWidths.size() ? m_cardWidths[size_t(index)]
                                                              : m_metrics.cardWidth;
}

double TimelineScene::widestItem() const
{
    if (m_detail == Detail::Chips)
        return m_metrics.chipWidth;
    return m_wideCards ? m_metrics.maxCardWidth : m_metrics.cardWidth;
}

double TimelineScene::itemHeight() const
{
    return m_detail == Detail::Chips ? m_metrics.chipHeight : m_metrics.cardHeight;
}

double TimelineScene::contentHeight() const
{
    ensureLayout();
    if (m_detail == Detail::Density)
        return laneTop(0) + 260;
    return laneTop(m_laneCount) + 16;
}

TimelineScene::Detail TimelineScene::detail() const
{
    ensureLayout();
    return m_detail;
}

int TimelineScene::laneCount() const
{
    ensureLayout();
    return m_laneCount;
}

int TimelineScene::eraRowCount() const
{
    return m_eraRows;
}

// Greedy interval colouring: each item takes the lowest lane that is free at its start. Stops early
// (returning more than the limit) once it is clear the lanes would not fit.
int TimelineScene::assignLanes(const std::vector<int> &indices, const std::function<double(int)> &widthOf,
                               std::vector<int> &lanes) const
{
    const int limit = m_detail == Detail::Cards ? m_metrics.maxCardLanes : m_metrics.maxChipLanes;
    using Busy = std::pair<double, int>; // lane end x, lane
    std::priority_queue<Busy, std::vector<Busy>, std::greater<Busy>> busy;
    std::set<int> freeLanes;
    int laneCount = 0;
    lanes.assign(m_items.size(), -1);
    for (int index : indices) {
        const double x = xForDay(m_items[size_t(index)].startDay);
        while (!busy.empty() && busy.top().first <= x) {
            freeLanes.insert(busy.top().second);
            busy.pop();
        }
        int lane;
        if (freeLanes.empty()) {
            lane = laneCount++;
            if (laneCount > limit)
                return laneCount;
        } else {
            lane = *freeLanes.begin();
            freeLanes.erase(freeLanes.begin());
        }
        lanes[size_t(index)] = lane;
        busy.push({x + widthOf(index), lane});
    }
    return laneCount;
}

void TimelineScene::ensureLayout() const
{
    if (!m_layoutDirty)
        return;
    m_layoutDirty = false;
    m_lanes.clear();
    std::vector<int> lanes;
    m_detail = Detail::Cards;
    // Cards as wide as their titles where the lanes allow, else all of the narrowest width.
    m_wideCards = true;
    int count = assignLanes(
        m_points, [this](int index) { return m_cardWidths[size_t(index)] + m_metrics.laneGap; }, lanes);
    if (count > m_metrics.maxCardLanes) {
        m_wideCards = false;
        count = assignLanes(
            m_points, [this](int) { return m_metrics.cardWidth + m_metrics.laneGap; }, lanes);
    }
    if (count > m_metrics.maxCardLanes) {
        m_detail = Detail::Chips;
        count = assignLanes(
            m_points, [this](int) { return m_metrics.chipWidth + 2.0; }, lanes);
        if (count > m_metrics.maxChipLanes) {
            m_detail = Detail::Density;
            m_laneCount = 0;
            m_itemLane.assign(m_items.size(), -1);
            return;
        }
    }
    m_laneCount = count;
    m_itemLane = lanes;
    m_lanes.assign(size_t(count), {});
    for (int index : m_points)
        m_lanes[size_t(lanes[size_t(index)])].push_back(index);
}

QRectF TimelineScene::itemRect(int index) const
{
    ensureLayout();
    if (index < 0 || index >= int(m_items.size()))
        return {};
    const TimelineItem &item = m_items[size_t(index)];
    if (item.milestone.isRange()) {
        const auto era = std::find(m_eras.begin(), m_eras.end(), index);
        const int row = m_eraRow[size_t(era - m_eras.begin())];
        const double left = xForDay(item.startDay);
        const double right = std::max(left + 6, xForDay(item.spanEndDay));
        return QRectF(left, m_metrics.axisHeight + 4 + row * m_metrics.eraHeight, right - left,
                      m_metrics.eraHeight - 6);
    }
    const int lane = m_itemLane[size_t(index)];
    if (lane < 0)
        return {};
    return QRectF(xForDay(item.startDay), laneTop(lane), itemWidth(index), itemHeight());
}

int TimelineScene::hitTest(const QPointF &point) const
{
    ensureLayout();
    const double eraTop = m_metrics.axisHeight + 4;
    if (point.y() >= eraTop && point.y() < eraTop + m_eraRows * m_metrics.eraHeight) {
        const int row = int((point.y() - eraTop) / m_metrics.eraHeight);
        for (size_t e = 0; e < m_eras.size(); ++e) {
            if (m_eraRow[e] == row && itemRect(m_eras[e]).contains(point))
                return m_eras[e];
        }
        return -1;
    }
    if (m_detail == Detail::Density || m_laneCount == 0)
        return -1;
    const double pitch = itemHeight() + m_metrics.laneGap;
    const double offset = point.y() - laneTop(0);
    if (offset < 0)
        return -1;
    const int lane = int(offset / pitch);
    if (lane >= m_laneCount || offset - lane * pitch > itemHeight())
        return -1;
    const std::vector<int> &inLane = m_lanes[size_t(lane)];
    // The last item in the lane that starts at or before the point.
    auto after = std::upper_bound(inLane.begin(), inLane.end(), point.x(), [this](double x, int index) {
        return x < xForDay(m_items[size_t(index)].startDay);
    });
    if (after == inLane.begin())
        return -1;
    const int candidate = *(after - 1);
    return point.x() <= xForDay(m_items[size_t(candidate)].startDay) + itemWidth(candidate) ? candidate : -1;
}

int TimelineScene::neighbour(int index, int step) const
{
    if (m_items.empty())
        return -1;
    if (index < 0)
        return step >= 0 ? 0 : int(m_items.size()) - 1;
    return std::clamp(index + step, 0, int(m_items.size()) - 1);
}

int TimelineScene::nearestInLane(int index, int laneStep) const
{
    ensureLayout();
    if (index < 0 || index >= int(m_items.size()) || m_detail == Detail::Density)
        return index;
    const int lane = m_itemLane[size_t(index)];
    const int target = lane + laneStep;
    if (lane < 0 || target < 0 || target >= m_laneCount || m_lanes[size_t(target)].empty())
        return index;
    const qint64 day = m_items[size_t(index)].startDay;
    const std::vector<int> &inLane = m_lanes[size_t(target)];
    int best = inLane.front();
    for (int candidate : inLane) {
        if (std::llabs(m_items[size_t(candidate)].startDay - day) <
            std::llabs(m_items[size_t(best)].startDay - day))
            best = candidate;
    }
    return best;
}

TimelineScene::DragPreview TimelineScene::snappedMove(int index, double deltaX) const
{
    DragPreview preview;
    if (index < 0 || index >= int(m_items.size()))
        return preview;
    const TimelineItem &item = m_items[size_t(index)];
    const qint64 rawDay = item.startDay + qint64(std::llround(deltaX / m_pixelsPerDay));
    const PartialDate &start = item.milestone.start;
    preview.index = index;
    preview.start = PartialDate::snapped(QDate::fromJulianDay(rawDay), start.precision());
    if (!preview.start.isValid())
        preview.start = start;
    preview.end = shifted(item.milestone.end, start.precision(), unitsBetween(start, preview.start));
    return preview;
}

void TimelineScene::paint(QPainter &painter, const QRectF &exposed, const QSet<RecordId> &selected,
                          const std::optional<DragPreview> &drag) const
{
    ensureLayout();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(exposed, Qt::white);
    paintEras(painter, exposed, selected);
    if (m_detail == Detail::Density)
        paintDensity(painter, exposed);
    else
        paintPoints(painter, exposed, selected);
    paintToday(painter, exposed);
    if (drag && drag->index >= 0) {
        const TimelineItem &item = m_items[size_t(drag->index)];
        QRectF rect = itemRect(drag->index);
        const double moved = xForDay(drag->start.firstDay().toJulianDay()) - xForDay(item.startDay);
        rect.translate(moved, 0);
        QString label = drag->start.toDisplayString();
        if (drag->end.isValid())
            label = QCoreApplication::translate("TimelineScene", "%1 – %2")
                        .arg(label, drag->end.toDisplayString());
        if (item.milestone.isRange()) {
            painter.setPen(QPen(selectionColour, 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(rect, 3, 3);
            painter.setFont(m_smallFont);
            painter.setPen(selectionColour);
            painter.drawText(rect.adjusted(6, 0, 400, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
        } else {
            paintCard(painter, item, rect, true, true, label);
        }
    }
    paintAxis(painter, exposed); // last, so that it stays on top while scrolling down
    painter.restore();
}

void TimelineScene::paintAxis(QPainter &painter, const QRectF &exposed) const
{
    const double top = exposed.top(); // the axis sticks to the top of what is shown
    const QRectF band(exposed.left(), top, exposed.width(), m_metrics.axisHeight);
    painter.fillRect(band, axisBackground);
    painter.setPen(QPen(cardBorder, 1));
    painter.drawLine(QPointF(exposed.left(), top + m_metrics.axisHeight - 0.5),
                     QPointF(exposed.right(), top + m_metrics.axisHeight - 0.5));

    int major = int(std::size(tickSteps)) - 1;
    for (int i = 0; i < int(std::size(tickSteps)); ++i) {
        if (tickSteps[i].approxDays * m_pixelsPerDay >= 80) {
            major = i;
            break;
        }
    }
    const bool hasMinor = major > 0 && tickSteps[major - 1].approxDays * m_pixelsPerDay >= 8;
    const QDate leftDay = QDate::fromJulianDay(qint64(std::floor(dayForX(exposed.left()))));
    const QDate rightDay = QDate::fromJulianDay(qint64(std::ceil(dayForX(exposed.right()))));
    if (!leftDay.isValid() || !rightDay.isValid())
        return;
    if (hasMinor) {
        painter.setPen(QPen(mutedText, 1));
        const TickStep &minor = tickSteps[major - 1];
        for (QDate tick = firstTick(leftDay, minor); tick.isValid() && tick <= rightDay;
             tick = nextTick(tick, minor)) {
            const double x = std::round(xForDay(tick.toJulianDay())) + 0.5;
            painter.drawLine(QPointF(x, top + m_metrics.axisHeight - 5),
                             QPointF(x, top + m_metrics.axisHeight));
        }
    }
    painter.setFont(m_boldFont);
    const TickStep &step = tickSteps[major];
    for (QDate tick = firstTick(leftDay, step); tick.isValid() && tick <= rightDay;
         tick = nextTick(tick, step)) {
        const double x = std::round(xForDay(tick.toJulianDay())) + 0.5;
        painter.setPen(QPen(mutedText, 1));
        painter.drawLine(QPointF(x, top + m_metrics.axisHeight - 12), QPointF(x, top + m_metrics.axisHeight));
        painter.setPen(textColour);
        painter.drawText(QRectF(x + 4, top + 4, 140, m_metrics.axisHeight - 18),
                         Qt::AlignLeft | Qt::AlignVCenter, tickLabel(tick, step));
    }
    // Each point milestone's precision on the axis: a dot for a day, a bar for its month or year.
    if (m_detail != Detail::Density) {
        // A bar reaches at most a year to the right of its start.
        const double reach = 367 * m_pixelsPerDay;
        const auto first = std::lower_bound(
            m_points.begin(), m_points.end(), exposed.left() - reach,
            [this](int index, double x) { return xForDay(m_items[size_t(index)].startDay) < x; });
        for (auto it = first; it != m_points.end(); ++it) {
            const TimelineItem &item = m_items[size_t(*it)];
            const double left = xForDay(item.startDay);
            if (left > exposed.right())
                break;
            const double right = std::max(left + 3, xForDay(item.spanEndDay));
            painter.fillRect(QRectF(left, top + m_metrics.axisHeight - 4, right - left, 3), item.colour);
        }
    }
}

void TimelineScene::paintToday(QPainter &painter, const QRectF &exposed) const
{
    if (!m_today.isValid())
        return;
    const double x = xForDay(m_today.toJulianDay());
    if (x < exposed.left() - 40 || x > exposed.right() + 40)
        return;
    painter.setPen(QPen(todayColour, 1.5, Qt::DashLine));
    painter.drawLine(QPointF(x, exposed.top() + m_metrics.axisHeight), QPointF(x, exposed.bottom()));
    painter.setFont(m_smallFont);
    painter.setPen(todayColour);
    painter.drawText(QRectF(x + 4, exposed.top() + m_metrics.axisHeight + 2, 120, 16),
                     Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("TimelineScene", "Today"));
}

void TimelineScene::paintEras(QPainter &painter, const QRectF &exposed, const QSet<RecordId> &selected) const
{
    // Washing the whole height behind each era is what makes a programme read as a period, but each wash
    // blends a large area: only while few eras are in view.
    int inView = 0;
    for (int index : m_eras) {
        const QRectF rect = itemRect(index);
        inView += (rect.right() >= exposed.left() && rect.left() <= exposed.right()) ? 1 : 0;
    }
    const bool washes = inView <= 8;
    for (size_t e = 0; e < m_eras.size(); ++e) {
        const int index = m_eras[e];
        const TimelineItem &item = m_items[size_t(index)];
        const QRectF rect = itemRect(index);
        if (rect.right() < exposed.left() || rect.left() > exposed.right())
            continue;
        if (washes) {
            QColor wash = item.colour;
            wash.setAlpha(22);
            painter.fillRect(
                QRectF(rect.left(), rect.bottom(), rect.width(), exposed.bottom() - rect.bottom()), wash);
        }
        QColor fill = item.colour;
        fill.setAlpha(70);
        const bool isSelected = selected.contains(item.id);
        painter.setPen(QPen(isSelected ? selectionColour : item.colour, isSelected ? 2 : 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(rect, 3, 3);
        if (rect.width() < 40)
            continue;
        painter.setFont(m_smallFont);
        painter.setPen(textColour);
        // drawText clips to its rectangle; that is cheaper than eliding every frame.
        const QRectF text = rect.adjusted(6, 0, -4, 0).intersected(exposed.adjusted(4, 0, 0, 0));
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         item.milestone.title + QStringLiteral(" · ") + item.dateLabel);
    }
}

void TimelineScene::paintPoints(QPainter &painter, const QRectF &exposed,
                                const QSet<RecordId> &selected) const
{
    const double pitch = itemHeight() + m_metrics.laneGap;
    const int firstLane = std::max(0, int((exposed.top() - laneTop(0)) / pitch));
    const int lastLane = std::min(m_laneCount - 1, int((exposed.bottom() - laneTop(0)) / pitch));
    const double widest = widestItem();
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const std::vector<int> &inLane = m_lanes[size_t(lane)];
        auto it = std::lower_bound(
            inLane.begin(), inLane.end(), exposed.left() - widest,
            [this](int index, double x) { return xForDay(m_items[size_t(index)].startDay) < x; });
        for (; it != inLane.end(); ++it) {
            const TimelineItem &item = m_items[size_t(*it)];
            const QRectF rect(xForDay(item.startDay), laneTop(lane), itemWidth(*it), itemHeight());
            if (rect.left() > exposed.right())
                break;
            const bool isSelected = selected.contains(item.id);
            if (m_detail == Detail::Chips) {
                // Plain rectangles: thousands of chips per frame, no antialiasing needed.
                painter.fillRect(rect, isSelected ? selectionColour : item.colour);
            } else {
                // A faint stem from the axis to the card marks where its date lies.
                painter.setPen(QPen(gridColour, 1));
                painter.drawLine(QPointF(rect.left() + 0.5, exposed.top() + m_metrics.axisHeight),
                                 QPointF(rect.left() + 0.5, rect.top()));
                paintCard(painter, item, rect, isSelected);
            }
        }
    }
}

QString TimelineScene::wrapTitle(const QString &title, const QFontMetricsF &metrics, double width)
{
    // One line when it fits; else as many words as fit on the first line and the rest on a second,
    // elided only there.
    if (metrics.horizontalAdvance(title) <= width)
        return title;
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    int used = 0;
    for (; used < words.size(); ++used) {
        const QString longer = first.isEmpty() ? words.at(used) : first + QLatin1Char(' ') + words.at(used);
        if (metrics.horizontalAdvance(longer) > width)
            break;
        first = longer;
    }
    if (first.isEmpty()) // one very long word: it is cut on its line
        return metrics.elidedText(title, Qt::ElideRight, width);
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    return first + QLatin1Char('\n') + metrics.elidedText(rest, Qt::ElideRight, width);
}

void TimelineScene::paintCard(QPainter &painter, const TimelineItem &item, const QRectF &rect, bool selected,
                              bool ghost, const QString &dateOverride) const
{
    const bool draft = item.milestone.status != MilestoneStatus::Approved; // a draft or planned
    QPen border(selected ? selectionColour : cardBorder, selected ? 2 : 1);
    if (draft || ghost)
        border.setStyle(Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(selected ? QColor(0xe8, 0xf0, 0xfe) : QColor(Qt::white));
    if (ghost)
        painter.setOpacity(0.9);
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.fillRect(QRectF(rect.left() + 1, rect.top() + 1, 5, rect.height() - 2), item.colour);

    const QRectF textArea = rect.adjusted(12, 4, -6, -4);
    painter.setFont(m_boldFont);
    painter.setPen(textColour);
    const auto index = size_t(&item - m_items.data());
    const QFontMetricsF titleMetrics(m_boldFont);
    QString title;
    if (index < m_elided.size() && !m_elided[index].isNull()) {
        title = m_elided[index];
    } else {
        title = wrapTitle(item.milestone.title, titleMetrics, textArea.width());
        if (index < m_elided.size())
            m_elided[index] = title;
    }
    // The title's one or two lines and the date below, as one block in the middle of the card.
    const QStringList lines = title.split(QLatin1Char('\n'));
    const double lineHeight = titleMetrics.height();
    const double dateHeight = QFontMetricsF(m_smallFont).height();
    double y =
        textArea.top() + std::max(0.0, (textArea.height() - lines.size() * lineHeight - dateHeight) / 2);
    for (const QString &line : lines) {
        painter.drawText(QRectF(textArea.left(), y, textArea.width(), lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
    painter.setFont(m_smallFont);
    painter.setPen(ghost ? selectionColour : mutedText);
    QString date = dateOverride.isEmpty() ? item.dateLabel : dateOverride;
    if (draft)
        date += QCoreApplication::translate("TimelineScene", " · draft");
    painter.drawText(QRectF(textArea.left(), y, textArea.width(), dateHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, date);
    painter.setOpacity(1.0);
}

void TimelineScene::paintDensity(QPainter &painter, const QRectF &exposed) const
{
    constexpr double binWidth = 3.0;
    const double top = laneTop(0);
    const double bottom = exposed.bottom() - 28;
    if (bottom - top < 20)
        return;
    const int bins = int(std::ceil(exposed.width() / binWidth));
    std::vector<int> totals(size_t(bins), 0);
    std::vector<std::vector<int>> counts(m_categoryDays.size(), std::vector<int>(size_t(bins), 0));
    int visible = 0;
    for (size_t c = 0; c < m_categoryDays.size(); ++c) {
        const std::vector<qint64> &days = m_categoryDays[c].startDays;
        auto from = std::lower_bound(days.begin(), days.end(), qint64(std::ceil(dayForX(exposed.left()))));
        for (int bin = 0; bin < bins; ++bin) {
            const double binRight = exposed.left() + (bin + 1) * binWidth;
            const auto to = std::lower_bound(from, days.end(), qint64(std::ceil(dayForX(binRight))));
            const int count = int(to - from);
            counts[c][size_t(bin)] = count;
            totals[size_t(bin)] += count;
            visible += count;
            from = to;
        }
    }
    const int highest = totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end());
    if (highest == 0)
        return;
    const double scale = (bottom - top) / highest;
    painter.setPen(Qt::NoPen);
    for (int bin = 0; bin < bins; ++bin) {
        double y = bottom;
        for (size_t c = 0; c < m_categoryDays.size(); ++c) {
            const int count = counts[c][size_t(bin)];
            if (count == 0)
                continue;
            const double height = count * scale;
            painter.fillRect(QRectF(exposed.left() + bin * binWidth, y - height, binWidth - 0.5, height),
                             m_categoryDays[c].colour);
            y -= height;
        }
    }
    painter.setFont(m_smallFont);
    painter.setPen(mutedText);
    painter.drawText(QRectF(exposed.left() + 8, bottom + 4, exposed.width() - 16, 20),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate(
                         "TimelineScene",
                         "%n milestone(s) in view, drawn as a density chart: zoom in to see them one by one.",
                         nullptr, visible));
}

} // namespace pressdesk
