// PartialDate::parse on any text, and what a date it accepts promises: it reads back from its ISO form, its
// storage form and (from year 1000 on, where the year has four digits) its German and English display
// forms.
#include "core/partialdate.h"

#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using pressdesk::PartialDate;

namespace {

QString describe(const PartialDate &date)
{
    return date.isValid()
               ? date.toIsoString() + QStringLiteral(" precision ") + QString::number(int(date.precision()))
               : QStringLiteral("invalid");
}

void checkReadsBack(const PartialDate &date, const QString &text, const char *form)
{
    QString error;
    const PartialDate back = PartialDate::parse(text, &error);
    FUZZ_CHECK(back == date, QStringLiteral("%1 form “%2” of %3 reads as %4 (%5)")
                                 .arg(QLatin1String(form), text, describe(date), describe(back), error));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error = QStringLiteral("left over");
    const PartialDate date = PartialDate::parse(text, &error);
    FUZZ_CHECK(PartialDate::parse(text) == date, text);
    if (!date.isValid()) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("no message for “%1”").arg(text));
        // The ISO and storage readers must not fall over either.
        (void)PartialDate::fromIsoString(text);
        (void)PartialDate::fromStorage(text, int(size % 5));
        return 0;
    }
    FUZZ_CHECK(error.isEmpty(), QStringLiteral("“%1” is %2 but says: %3").arg(text, describe(date), error));
    FUZZ_CHECK(date.year() >= 1 && date.year() <= 9999, describe(date));
    FUZZ_CHECK(date.firstDay().isValid() && date.lastDay().isValid() && date.firstDay() <= date.lastDay(),
               describe(date));

    FUZZ_CHECK(PartialDate::fromIsoString(date.toIsoString()) == date, describe(date));
    FUZZ_CHECK(PartialDate::fromStorage(date.firstDay().toString(Qt::ISODate), int(date.precision())) == date,
               describe(date));
    checkReadsBack(date, date.toIsoString(), "ISO");
    if (date.year() >= 1000) {
        checkReadsBack(date, date.toDisplayString(QLocale(QLocale::German)), "German");
        checkReadsBack(date, date.toDisplayString(QLocale(QLocale::English)), "English");
    }

    // Moving and snapping stay within the years PartialDate can hold.
    const PartialDate moved = date.addUnits(int(size) - 64);
    FUZZ_CHECK(!moved.isValid() || (moved.year() >= 1 && moved.year() <= 9999), describe(moved));
    const PartialDate snapped = PartialDate::snapped(date.lastDay(), date.precision());
    FUZZ_CHECK(snapped.isValid() && snapped.precision() == date.precision(), describe(snapped));
    return 0;
}
