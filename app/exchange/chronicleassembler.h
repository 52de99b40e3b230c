#pragma once

#include "core/chronicledocument.h"
#include "core/record.h"
#include "core/result.h"

#include <QCoreApplication>

namespace pressdesk {

class Store;

// The approved milestones of the timeline (all, one category, a range of years) as a chronicle handout.
class ChronicleAssembler
{
    Q_DECLARE_TR_FUNCTIONS(ChronicleAssembler)
public:
    struct Selection
    {
        RecordId categoryId = 0; // 0: all
        int fromYear = 0;        // 0: open
        int toYear = 0;
    };
    static Result<ChronicleDocument> assemble(Store &store, const Selection &selection,
                                              const DocumentLanguage &language = DocumentLanguage());
    // The position of a date on the time axis, in years: the middle of what it names.
    static double axisPosition(const PartialDate &date, bool end = false);
};

} // namespace pressdesk
