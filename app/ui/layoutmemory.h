#pragma once

#include <QString>

class QHeaderView;
class QSplitter;

namespace pressdesk {

// Splitter positions and column widths as the user left them, in QSettings (they are personal, not
// the office's), so that each area opens the way it was last arranged.
namespace LayoutMemory {

// Restores the splitter now and saves it whenever the user drags it.
void keep(QSplitter *splitter, const QString &key);
// Restores the column widths once the model has its columns, and saves them when the user resizes one.
void keep(QHeaderView *header, const QString &key);

} // namespace LayoutMemory

} // namespace pressdesk
