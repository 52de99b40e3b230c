#pragma once

#include "core/record.h"
#include "core/result.h"

namespace pressdesk {

class Store;

// Writes a long release into store: about `characters` characters of German press prose in paragraphs
// with bold text and links, 40 quote blocks (authorised, one speaker), 10 timeline blocks of 6 milestones,
// 10 JPEG photos (1200 × 800) and a subheading every 25 blocks; plus a short release dated a day later.
// Returns the long release's id.
Result<RecordId> generateLongRelease(Store &store, int characters);

} // namespace pressdesk
