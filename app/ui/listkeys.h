#pragma once

#include <functional>

class QAbstractItemView;

namespace pressdesk {

// Return (or Enter on the keypad) in a list opens the chosen item, as it does on a timeline card: the
// hands stay on the keyboard from search to form.
void openOnReturn(QAbstractItemView *list, std::function<void()> open);

} // namespace pressdesk
