#include "statestyle.h"

#include <QLabel>
#include <QWidget>

namespace pressdesk::StateStyle {

namespace {

// Style sheets name the widget's class, so that they do not reach into child widgets.
QString forClass(const QWidget *widget, const QString &rules)
{
    return QStringLiteral("%1 { %2 }").arg(QLatin1String(widget->metaObject()->className()), rules);
}

} // namespace

void setTone(QWidget *widget, Tone tone, bool italic)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, tone == Tone::Muted ? palette.color(QPalette::PlaceholderText)
                                                               : StatePalette::text(tone));
    widget->setPalette(palette);
    QFont font = widget->font();
    font.setItalic(italic);
    widget->setFont(font);
}

void markInvalid(QWidget *field, bool invalid)
{
    field->setStyleSheet(
        invalid
            ? forClass(field,
                       QStringLiteral("border: 1px solid %1;").arg(StatePalette::text(Tone::Error).name()))
            : QString());
}

void markLocked(QWidget *field, bool locked)
{
    field->setStyleSheet(locked ? forClass(field, QStringLiteral("background: palette(window);"))
                                : QString());
}

void setBadge(QLabel *label, Tone tone)
{
    label->setStyleSheet(
        forClass(label, QStringLiteral("color: %1; background: %2; border: 1px solid %1; "
                                       "border-radius: 9px; padding: 2px 10px; font-weight: bold;")
                            .arg(StatePalette::text(tone).name(), StatePalette::background(tone).name())));
}

} // namespace pressdesk::StateStyle
