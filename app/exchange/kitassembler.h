#pragma once

#include "core/kitdocument.h"
#include "core/presskit.h"
#include "core/result.h"

#include <QCoreApplication>

namespace pressdesk {

class Store;

// Looks up everything a press kit's parts refer to, in one snapshot of the file: the release (as
// ReleaseAssembler makes it), the fact sheet's milestones (approved ones, by year), the authorised
// quotes, the contacts' public channels, the photos that carry a credit. Nothing internal leaves here.
class KitAssembler
{
    Q_DECLARE_TR_FUNCTIONS(KitAssembler)
public:
    static Result<KitDocument> assemble(Store &store, RecordId kitId,
                                        const DocumentLanguage &language = DocumentLanguage());
    static Result<KitDocument> assemble(Store &store, const PressKit &kit,
                                        const DocumentLanguage &language = DocumentLanguage());
};

} // namespace pressdesk
