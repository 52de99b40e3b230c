#include "areatitle.h"

namespace pressdesk {

AreaTitle::AreaTitle(QWidget *parent)
    : QLabel(parent)
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    setFont(titleFont);
}

} // namespace pressdesk
