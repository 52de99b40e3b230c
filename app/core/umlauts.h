#pragma once

#include <QString>

namespace pressdesk {

// ä→ae, ö→oe, ü→ue, ß→ss (and capitals): how Germans spell umlauts without them ("Mueller"), so that a
// search or a duplicate check finds either spelling. The search index's folded columns are spelled so.
QString foldUmlauts(const QString &text);

} // namespace pressdesk
