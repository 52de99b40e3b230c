#pragma once

#include <QList>
#include <QPointer>
#include <QString>

class QHeaderView;
class QSplitter;

namespace pressdesk {

// Splitter positions and column widths as the user left them, in QSettings (they are personal, not
// the office's), so that each area opens the way it was last arranged. Splitters are also kept per file:
// opening a file brings back how they were arranged for it (a file never arranged takes the last
// arrangement).
namespace LayoutMemory {

// The file now open (empty: none): splitters are restored as they were left for it.
void setFile(const QString &path);
// The QSettings group of what is kept for a file ("files/3f2a…"), for the window's own state.
QString fileGroup(const QString &path);

// Restores the splitter now and saves it whenever the user drags it.
void keep(QSplitter *splitter, const QString &key);
// Restores the column widths once the model has its columns, and saves them when the user resizes one
// (with the mouse: widths the program sets are not the user's arrangement).
void keep(QHeaderView *header, const QString &key);
// As keep(); until the user has arranged the columns, they share the header's whole width in the
// proportions of widthsToFill (never narrower than those), so a wide window shows more of every column
// instead of widening only the last.
void keep(QHeaderView *header, const QString &key, const QList<int> &widthsToFill);

} // namespace LayoutMemory

} // namespace pressdesk
