#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

// For GUI tests that type into real widgets. Needs Qt Widgets and Qt Test, so it stands apart from
// testsupport.h.
namespace testsupport {

// QTest::keyClicks() knows only ASCII; umlauts are typed as the keys a German keyboard has for them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                                Qt::NoModifier);
    }
}

} // namespace testsupport
