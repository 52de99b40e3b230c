#pragma once

#include "core/contact.h"
#include "core/pressrelease.h"
#include "core/releasedocument.h"
#include "core/result.h"

#include <QCoreApplication>

namespace pressdesk {

class Store;

// Looks up everything a release refers to, in one snapshot of the file, and hands the outputs a
// ReleaseDocument: the quotes as the register has them now, the timeline blocks' milestones, the photos,
// the boilerplate and the Pressekontakt with public channels only. Internal notes never leave here.
class ReleaseAssembler
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseAssembler)
public:
    static Result<ReleaseDocument> assemble(Store &store, RecordId releaseId,
                                            const DocumentLanguage &language = DocumentLanguage());
    // The same for a release as it stands in an editor, saved or not.
    static Result<ReleaseDocument> assemble(Store &store, const PressRelease &release,
                                            const DocumentLanguage &language = DocumentLanguage());

    // "Thomas Eiskirch", "Dr. Deniz Yılmaz": a name as printed after a quote or among press contacts,
    // with an academic title but without "Herr"/"Frau".
    static QString printedName(const Contact &contact);
};

} // namespace pressdesk
