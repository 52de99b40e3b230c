#include "chronicleassembler.h"

#include "storage/store.h"

#include <QHash>

#include <algorithm>

namespace pressdesk {

double ChronicleAssembler::axisPosition(const PartialDate &date, bool end)
{
    const QDate first = date.firstDay();
    const QDate last = date.lastDay();
    if (!first.isValid())
        return 0;
    const auto fraction = [](const QDate &day) {
        return day.year() + double(day.dayOfYear() - 1) / day.daysInYear();
    };
    // A range runs from the first day of its start to the last day of its end; a single date sits in
    // the middle of what it names (a year in its middle, a day on its day).
    if (end)
        return fraction(last) + 1.0 / last.daysInYear();
    return date.precision() == PartialDate::Precision::Day ? fraction(first)
                                                           : (fraction(first) + fraction(last)) / 2;
}

Result<ChronicleDocument> ChronicleAssembler::assemble(Store &store, const Selection &selection,
                                                       const DocumentLanguage &language)
{
    ReadSnapshot snapshot(store.database());
    if (!snapshot.started())
        return snapshot.started().error();
    Result<QList<Milestone>> milestones = store.milestones().all();
    if (!milestones)
        return milestones.error();
    Result<QList<Category>> categories = store.categories().all();
    if (!categories)
        return categories.error();
    QHash<RecordId, Category> categoryById;
    for (const Category &category : std::as_const(*categories))
        categoryById.insert(category.meta.id, category);
    if (selection.categoryId != 0 && !categoryById.contains(selection.categoryId))
        return makeError(Error::Kind::NotFound, tr("There is no such category."));

    QList<Milestone> chosen;
    for (const Milestone &milestone : std::as_const(*milestones)) {
        if (milestone.status != MilestoneStatus::Approved || !milestone.start.isValid())
            continue;
        if (selection.categoryId != 0 && milestone.categoryId != selection.categoryId)
            continue;
        if (selection.fromYear != 0 && milestone.start.year() < selection.fromYear)
            continue;
        if (selection.toYear != 0 && milestone.start.year() > selection.toYear)
            continue;
        chosen.append(milestone);
    }
    if (chosen.isEmpty())
        return makeError(Error::Kind::NotFound,
                         tr("No approved milestone matches: the chronicle would be empty."));
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Milestone &a, const Milestone &b) { return a.start < b.start; });

    ChronicleDocument document;
    document.language = language;
    document.firstYear = chosen.first().start.year();
    document.lastYear = document.firstYear;
    QList<RecordId> used;
    for (const Milestone &milestone : std::as_const(chosen)) {
        ChronicleDocument::Entry entry;
        entry.start = axisPosition(milestone.start);
        if (milestone.end.isValid()) {
            const QDate first = milestone.start.firstDay(); // a range starts on its first day
            entry.start = first.year() + double(first.dayOfYear() - 1) / first.daysInYear();
            entry.end = axisPosition(milestone.end, true);
            entry.date =
                milestone.start.precision() == PartialDate::Precision::Year &&
                        milestone.end.precision() == PartialDate::Precision::Year
                    ? language.yearRange(milestone.start.year(), milestone.end.year())
                    : language.date(milestone.start) + QStringLiteral(" – ") + language.date(milestone.end);
            document.lastYear = std::max(document.lastYear, milestone.end.year());
        } else {
            entry.date = language.date(milestone.start);
        }
        document.lastYear = std::max(document.lastYear, milestone.start.year());
        entry.title = milestone.title.trimmed();
        const Category category = categoryById.value(milestone.categoryId);
        entry.category = category.name;
        entry.colour = milestone.categoryId != 0 ? category.colour : QStringLiteral("#6b7280");
        document.entries.append(entry);
        if (milestone.categoryId != 0 && !used.contains(milestone.categoryId))
            used.append(milestone.categoryId);
    }
    for (const Category &category : std::as_const(*categories)) {
        if (used.contains(category.meta.id))
            document.categories.append({category.name, category.colour});
    }
    const bool german = language.code() == QLatin1String("de");
    const QString span = document.firstYear == document.lastYear
                             ? QString::number(document.firstYear)
                             : language.yearRange(document.firstYear, document.lastYear);
    const QString subject =
        selection.categoryId != 0 ? categoryById.value(selection.categoryId).name : QString();
    document.title = (german ? QStringLiteral("Chronik") : QStringLiteral("Chronicle")) +
                     (subject.isEmpty() ? QString() : QStringLiteral(": ") + subject) + QStringLiteral(" ") +
                     span;
    return document;
}

} // namespace pressdesk
