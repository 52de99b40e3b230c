#include "helpdialog.h"

#include "ui_helpdialog.h"

#include <QAction>
#include <QMenu>

namespace pressdesk {

namespace {

void collectShortcuts(const QList<QAction *> &actions, QList<std::pair<QString, QString>> &rows)
{
    for (QAction *action : actions) {
        if (action->menu()) {
            collectShortcuts(action->menu()->actions(), rows);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        rows.append({action->shortcut().toString(QKeySequence::NativeText), name.toHtmlEscaped()});
    }
}

} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HelpDialog>())
{
    m_ui->setupUi(this);
}

HelpDialog::~HelpDialog() = default;

QString HelpDialog::text() const
{
    return m_ui->helpText->toPlainText();
}

void HelpDialog::showFor(const QList<QAction *> &menuActions)
{
    QList<std::pair<QString, QString>> rows;
    collectShortcuts(menuActions, rows);
    // Keys the lists and forms take themselves, not menu entries.
    rows.append({QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText),
                 tr("Delete the selected milestones, quotes or contacts (Undo brings them back)")});
    rows.append({QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText),
                 tr("Save the milestone, quote or contact form")});
    rows.append({QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText),
                 tr("Print…") + QLatin1Char(' ') + tr("(the press release or press kit shown)")});
    QString table;
    for (const auto &[keys, meaning] : std::as_const(rows))
        table += QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
                     .arg(keys.toHtmlEscaped(), meaning);

    const QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p><ul><li>%3</li><li>%4</li><li>%5</li><li>%6</li><li>%7</li></ul>"
                       "<h3>%8</h3><p>%9</p><h3>%10</h3><table>%11</table>")
            .arg(tr("Working with PressDesk"),
                 tr("The areas on the left hold the material of the press office; each keeps what it "
                    "shows in the open file."),
                 tr("<b>Timeline</b>: the milestones of a story, with exact dates or only a year or "
                    "month, in categories. Drag a card to move it; double-click or Return opens it in the "
                    "form "
                    "below the graphic."),
                 tr("<b>Quotes</b>: who said what, when and in which role, and whether the quote is "
                    "authorised. Only authorised quotes go into releases and press kits."),
                 tr("<b>Contacts</b>: people and organisations. Only channels ticked <i>Public</i> "
                    "appear in releases and exports; make a channel public only with the person's "
                    "consent."),
                 tr("<b>Releases</b>: press releases written from that material, checked before "
                    "they go out, exported as PDF, ODT, HTML or text."),
                 tr("<b>Press Kits</b>: a release with fact sheet, statements, contacts and photos, "
                    "as one PDF or a ZIP, and the chronicle handout."))
            .arg(tr("Saving and undo"),
                 tr("Every change is saved in the file at once; a form is saved when you leave it. Undo "
                    "takes back one step at a time, and the status bar says what was undone."),
                 tr("Keyboard shortcuts"), table);
    m_ui->helpText->setHtml(html);
    show();
    raise();
    activateWindow();
}

} // namespace pressdesk
