// Every form, reached with the keyboard alone and named for a screen reader: pressing Tab from the form's
// first field visits every enabled field of the form (and never gets stuck in one, as a text field that takes
// Tab as a character or a table that moves from cell to cell would). Run on the forms as the window shows
// them, with the demo.

#include "cli/application.h"
#include "exchange/demodatabase.h"
#include "ui/categoryeditor.h"
#include "ui/contacteditor.h"
#include "ui/contactimportdialog.h"
#include "ui/contactspage.h"
#include "ui/dialogs.h"
#include "ui/kitspage.h"
#include "ui/mainwindow.h"
#include "ui/milestoneeditor.h"
#include "ui/organisationeditor.h"
#include "ui/photodialog.h"
#include "ui/quoteeditor.h"
#include "ui/quotespage.h"
#include "ui/releaseeditor.h"
#include "ui/releasespage.h"
#include "ui/settingsdialog.h"
#include "ui/timelineimportdialog.h"
#include "ui/timelinepage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

namespace {

// The widget that really takes the keyboard for w (a combo box's line edit, a spin box's editor).
QWidget *effective(QWidget *widget)
{
    while (widget && widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

// The fields of form a user can reach: visible, enabled, taking focus by Tab.
QList<QWidget *> reachableFields(QWidget *form)
{
    QList<QWidget *> fields;
    for (QWidget *widget : form->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->focusProxy() ||
            !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // Parts of a composite control (the viewport of a list, a combo box's own line edit) are
        // reached with it.
        QWidget *parent = widget->parentWidget();
        bool part = false;
        for (QWidget *up = parent; up && up != form; up = up->parentWidget())
            part = part || (effective(up) == widget) || qobject_cast<QAbstractSpinBox *>(up) ||
                   qobject_cast<QComboBox *>(up);
        if (!part)
            fields.append(widget);
    }
    return fields;
}

// Presses Tab from the form's first field until the focus comes back to where it started (or a
// generous number of presses), and returns the fields of the form it never reached.
QStringList unreachedFields(QWidget *form)
{
    const QList<QWidget *> fields = reachableFields(form);
    if (fields.isEmpty())
        return {QStringLiteral("(the form has no fields)")};
    QWidget *first = form->nextInFocusChain();
    while (first && (!fields.contains(first)))
        first = first->nextInFocusChain();
    if (!first)
        first = fields.first();
    first->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    QSet<QWidget *> visited;
    QWidget *start = QApplication::focusWidget();
    for (int press = 0; press < 4 * int(fields.size()) + 40; ++press) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        visited.insert(effective(focus));
        if (qEnvironmentVariableIsSet("TABORDER_TRACE"))
            qInfo("%s", qPrintable(focus->objectName()));
        QTest::keyClick(focus, Qt::Key_Tab);
        if (QApplication::focusWidget() == start && press > 0)
            break;
    }
    QStringList missing;
    for (QWidget *field : fields) {
        // Of a group of radio buttons, Tab reaches the checked one; the arrow keys choose among them.
        if (auto *radio = qobject_cast<QRadioButton *>(field);
            radio && radio->autoExclusive() && !radio->isChecked())
            continue;
        if (!visited.contains(effective(field)))
            missing.append(QStringLiteral("%1 (%2)").arg(
                field->objectName(), QString::fromLatin1(field->metaObject()->className())));
    }
    return missing;
}

// The fields a screen reader could not name: neither a label (buddy), nor text, nor an accessible name.
QStringList namelessFields(QWidget *form)
{
    QStringList nameless;
    for (QWidget *field : reachableFields(form)) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(field);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless.append(QStringLiteral("%1 (%2)").arg(
                field->objectName(), QString::fromLatin1(field->metaObject()->className())));
    }
    return nameless;
}

// Both checks on one form, failing the test with the fields they name.
void checkForm(QWidget *form)
{
    const QStringList missing = unreachedFields(form);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not reached: ") + missing.join(QStringLiteral(", "))));
    const QStringList nameless = namelessFields(form);
    QVERIFY2(nameless.isEmpty(),
             qPrintable(QStringLiteral("no name: ") + nameless.join(QStringLiteral(", "))));
}

} // namespace

class TestTabOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void milestoneForm();
    void quoteForm();
    void contactForm();
    void releaseEditor();
    void kitForm();
    void settingsDialogEveryTab();
    void importDialogs();
    void smallDialogs();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    MainWindow *m_window = nullptr;
};

void TestTabOrder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    Dialogs::setScripted(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("template.pressdesk"));
    QVERIFY(DemoDatabase::create(m_demo));
}

void TestTabOrder::init()
{
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("office.pressdesk"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demo, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->openFile(path));
}

void TestTabOrder::cleanup()
{
    delete m_window;
    m_window = nullptr;
    Dialogs::takeMessages();
}

void TestTabOrder::milestoneForm()
{
    m_window->showArea(MainWindow::Area::Timeline);
    m_window->timelinePage()->createItem();
    QWidget *form = m_window->timelinePage()->milestoneEditor();
    QVERIFY(form->isVisible());
    checkForm(form);
}

void TestTabOrder::quoteForm()
{
    m_window->showArea(MainWindow::Area::Quotes);
    m_window->quotesPage()->createItem();
    QWidget *form = m_window->quotesPage()->findChild<QuoteEditor *>();
    QVERIFY(form && form->isVisible());
    checkForm(form);
}

void TestTabOrder::contactForm()
{
    m_window->showArea(MainWindow::Area::Contacts);
    m_window->contactsPage()->createItem();
    QWidget *form = m_window->contactsPage()->findChild<ContactEditor *>();
    QVERIFY(form && form->isVisible());
    checkForm(form);
}

void TestTabOrder::releaseEditor()
{
    m_window->showArea(MainWindow::Area::Releases);
    m_window->releasesPage()->createItem();
    QWidget *form = m_window->releasesPage()->findChild<ReleaseEditor *>();
    QVERIFY(form && form->isVisible());
    checkForm(form);
}

void TestTabOrder::kitForm()
{
    m_window->showArea(MainWindow::Area::Kits);
    m_window->kitsPage()->createItem();
    QWidget *form = m_window->kitsPage()->findChild<QWidget *>(QStringLiteral("editorPane"));
    QVERIFY(form && form->isVisible());
    checkForm(form);
}

void TestTabOrder::importDialogs()
{
    TimelineImportDialog timeline(*m_window->store(), m_window);
    ContactImportDialog contacts(*m_window->store(), m_window->undoStack(), m_window);
    for (QDialog *dialog : {static_cast<QDialog *>(&timeline), static_cast<QDialog *>(&contacts)}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkForm(dialog);
        dialog->hide();
    }
}

void TestTabOrder::settingsDialogEveryTab()
{
    SettingsDialog dialog(m_window->store(), m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QStringList nameless = namelessFields(tabs->currentWidget());
        QVERIFY2(nameless.isEmpty(), qPrintable(tabs->tabText(tab) + QStringLiteral(" no name: ") +
                                                nameless.join(QStringLiteral(", "))));
        const QStringList missing = unreachedFields(tabs->currentWidget());
        QVERIFY2(missing.isEmpty(),
                 qPrintable(tabs->tabText(tab) + QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
    }
}

void TestTabOrder::smallDialogs()
{
    PhotoDialog photo(m_window);
    CategoryEditor category(m_window);
    OrganisationEditor organisation(m_window);
    for (QDialog *dialog : {static_cast<QDialog *>(&photo), static_cast<QDialog *>(&category),
                            static_cast<QDialog *>(&organisation)}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList nameless = namelessFields(dialog);
        QVERIFY2(nameless.isEmpty(),
                 qPrintable(QStringLiteral("no name: ") + nameless.join(QStringLiteral(", "))));
        const QStringList missing = unreachedFields(dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(QString::fromLatin1(dialog->metaObject()->className()) +
                                               QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
        dialog->hide();
    }
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
