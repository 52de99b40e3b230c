// Import from text, driven like a user would: paste (or open) a release, wait for the preview, untick,
// edit and categorise rows, import as one undo step.

#include "models/statepalette.h"
#include "storage/store.h"
#include "ui/dialogs.h"
#include "ui/timelineimportdialog.h"
#include "undo/milestonecommands.h"

#include "testsupport.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pressdesk;

namespace {

enum Column
{
    ImportColumn,
    DateColumn,
    TitleColumn,
    CategoryColumn,
    NoteColumn
};

const QString samplePath = QStringLiteral(PRESSDESK_SAMPLE_DATA "/bochum-2020-pressemitteilung.txt");

QString sampleText()
{
    return QString::fromUtf8(testsupport::readBytes(samplePath));
}

} // namespace

class TestTimelineImportDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QTableView *table() const { return child<QTableView>("previewTable"); }
    QAbstractItemModel *model() const { return table()->model(); }
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return model()->index(row, column).data(role);
    }
    bool ticked(int row) const { return cell(row, ImportColumn, Qt::CheckStateRole).toInt() == Qt::Checked; }
    bool setCell(int row, int column, const QVariant &value, int role = Qt::EditRole)
    {
        return model()->setData(model()->index(row, column), value, role);
    }
    QString buttonText() const { return child<QPushButton>("importButton")->text(); }

    // Pastes the text and waits for the preview, as a user would.
    void paste(const QString &text, int expectedRows)
    {
        child<QPlainTextEdit>("sourceEdit")->setPlainText(text);
        QTRY_COMPARE(model()->rowCount(), expectedRows);
    }

    std::unique_ptr<Store> m_store;
    RecordId m_ansiedlung = 0;
    RecordId m_strukturwandel = 0;
    std::unique_ptr<TimelineImportDialog> m_dialog;

private Q_SLOTS:
    void initTestCase() { Dialogs::setScripted(true); }

    void init()
    {
        // The model must not complain about what views and QAbstractItemModelTester ask.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QModelIndex|QAbstractItemModel")));
        Dialogs::setScripted(true);
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        Category ansiedlung;
        ansiedlung.name = QStringLiteral("Ansiedlung");
        ansiedlung.colour = QStringLiteral("#2563eb");
        Category strukturwandel;
        strukturwandel.name = QStringLiteral("Strukturwandel");
        strukturwandel.position = 1;
        auto first = m_store->categories().insert(ansiedlung);
        auto second = m_store->categories().insert(strukturwandel);
        QVERIFY2(first && second, qPrintable(first.errorMessage() + second.errorMessage()));
        m_ansiedlung = first->meta.id;
        m_strukturwandel = second->meta.id;
        Milestone dhl;
        dhl.start = PartialDate::fromYear(2016);
        dhl.title = QStringLiteral("DHL kommt");
        dhl.categoryId = m_ansiedlung;
        QVERIFY(m_store->milestones().insert(dhl));
        m_dialog = std::make_unique<TimelineImportDialog>(*m_store);
    }

    void cleanup()
    {
        m_dialog.reset();
        m_store.reset();
        const QStringList unexpected = Dialogs::takeMessages();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    }

    void startsEmpty()
    {
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Import from Text"));
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(model()->columnCount(), 5);
        const QStringList headers = {QStringLiteral("Import"), QStringLiteral("Date"),
                                     QStringLiteral("Title"), QStringLiteral("Category"),
                                     QStringLiteral("Note")};
        for (int column = 0; column < headers.size(); ++column)
            QCOMPARE(model()->headerData(column, Qt::Horizontal).toString(), headers.at(column));
        QVERIFY(!child<QPushButton>("importButton")->isEnabled());
        QCOMPARE(buttonText(), QStringLiteral("Import 0 milestones"));
        QVERIFY(m_dialog->milestonesToImport().isEmpty());
        const QComboBox *categories = child<QComboBox>("categoryCombo");
        QCOMPARE(categories->count(), 3);
        QCOMPARE(categories->itemText(0), QStringLiteral("No category"));
        QCOMPARE(categories->itemText(1), QStringLiteral("Ansiedlung"));
    }

    void previewFollowsTheText()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        child<QPlainTextEdit>("sourceEdit")->setPlainText(sampleText());
        QCOMPARE(model()->rowCount(), 0); // parsed after a pause in typing, not at every key
        QTRY_COMPARE(model()->rowCount(), 16);

        QCOMPARE(cell(0, DateColumn).toString(), PartialDate::fromYmd(2014, 12, 5).toDisplayString());
        QCOMPARE(cell(0, TitleColumn).toString(), QStringLiteral("Der letzte Zafira rollt vom Band"));
        QVERIFY(cell(0, TitleColumn, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Am 5.12.2014 rollt der letzte Zafira vom Band.\nLine 1: Am "
                                               "5.12.2014 rollt der letzte Zafira vom Band. Die deutsche")));
        QCOMPARE(cell(15, DateColumn).toString(), QStringLiteral("2020"));
        QCOMPARE(cell(15, TitleColumn).toString(), QStringLiteral("Haus des Wissens ist beschlossen"));
        QCOMPARE(cell(5, CategoryColumn).toString(), QStringLiteral("No category"));

        // "DHL kommt" (2016) is in the timeline already: marked, and not ticked.
        QCOMPARE(cell(1, TitleColumn).toString(), QStringLiteral("DHL kommt"));
        QCOMPARE(cell(1, NoteColumn).toString(), QStringLiteral("Already in the timeline"));
        QCOMPARE(cell(1, CategoryColumn).toString(), QStringLiteral("Ansiedlung")); // as it is there
        QVERIFY(!ticked(1));
        int tickedRows = 0;
        for (int row = 0; row < 16; ++row) {
            tickedRows += ticked(row) ? 1 : 0;
            if (row != 1)
                QCOMPARE(cell(row, NoteColumn).toString(), QString());
        }
        QCOMPARE(tickedRows, 15);
        QCOMPARE(buttonText(), QStringLiteral("Import 15 milestones"));
        QVERIFY(child<QPushButton>("importButton")->isEnabled());
        QCOMPARE(child<QLabel>("summaryLabel")->text(),
                 QStringLiteral("16 found, 1 already in the timeline, 15 ticked."));

        // A grab stays in the build folder (ignored by git) for a look after the run.
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        const QString grabs = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("grabs"));
        QVERIFY(QDir().mkpath(grabs));
        QVERIFY(m_dialog->grab().save(QDir(grabs).filePath(QStringLiteral("timelineimportdialog.png"))));
        m_dialog->hide();

        // Clearing the text clears the preview.
        child<QPlainTextEdit>("sourceEdit")->clear();
        QTRY_COMPARE(model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>("importButton")->isEnabled());
    }

    void untickEditAndCategorise()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        paste(sampleText(), 16);

        // Untick Vonovia.
        QVERIFY(setCell(2, ImportColumn, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!ticked(2));
        QCOMPARE(buttonText(), QStringLiteral("Import 14 milestones"));

        // One category for every ticked row; the unticked ones keep theirs.
        QComboBox *forAll = child<QComboBox>("categoryCombo");
        const int ansiedlung = forAll->findText(QStringLiteral("Ansiedlung"));
        QVERIFY(ansiedlung > 0);
        forAll->setCurrentIndex(ansiedlung);
        Q_EMIT forAll->activated(ansiedlung);
        QCOMPARE(cell(0, CategoryColumn).toString(), QStringLiteral("Ansiedlung"));
        QCOMPARE(cell(15, CategoryColumn).toString(), QStringLiteral("Ansiedlung"));
        QCOMPARE(cell(1, CategoryColumn).toString(), QStringLiteral("Ansiedlung")); // DHL's, in the timeline
        QCOMPARE(cell(2, CategoryColumn).toString(), QStringLiteral("No category"));

        // One row's category through the combo box the view edits it with.
        const QModelIndex zafiraCategory = model()->index(0, CategoryColumn);
        QVERIFY(model()->flags(zafiraCategory) & Qt::ItemIsEditable);
        QAbstractItemDelegate *delegate = table()->itemDelegateForIndex(zafiraCategory);
        QWidget *editor = delegate->createEditor(table()->viewport(), QStyleOptionViewItem(), zafiraCategory);
        auto *combo = qobject_cast<QComboBox *>(editor);
        QVERIFY(combo);
        delegate->setEditorData(editor, zafiraCategory);
        QCOMPARE(combo->currentText(), QStringLiteral("Ansiedlung"));
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Strukturwandel")));
        delegate->setModelData(editor, model(), zafiraCategory);
        delete editor;
        QCOMPARE(cell(0, CategoryColumn).toString(), QStringLiteral("Strukturwandel"));
        QVERIFY(!setCell(0, CategoryColumn, qlonglong(9999))); // no such category

        // A shorter title.
        QVERIFY(setCell(0, TitleColumn, QStringLiteral("  Der letzte Zafira   rollt vom Band ")));
        QCOMPARE(cell(0, TitleColumn).toString(), QStringLiteral("Der letzte Zafira rollt vom Band"));

        // A date that is none: red, unticked, cannot be ticked; fixed, it can be ticked again.
        QVERIFY(setCell(3, DateColumn, QStringLiteral("31.2.2017")));
        QCOMPARE(cell(3, DateColumn).toString(), QStringLiteral("31.2.2017"));
        QCOMPARE(cell(3, DateColumn, Qt::ForegroundRole).value<QColor>(), StatePalette::text(Tone::Error));
        QVERIFY(!cell(3, NoteColumn).toString().isEmpty());
        QVERIFY(!ticked(3));
        QVERIFY(!(model()->flags(model()->index(3, ImportColumn)) & Qt::ItemIsUserCheckable));
        QVERIFY(!setCell(3, ImportColumn, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(buttonText(), QStringLiteral("Import 13 milestones"));
        QVERIFY(setCell(3, DateColumn, QStringLiteral("2017 – 2020")));
        QVERIFY(!cell(3, DateColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(3, NoteColumn).toString(), QString());
        QVERIFY(!ticked(3));
        QVERIFY(setCell(3, ImportColumn, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(buttonText(), QStringLiteral("Import 14 milestones"));

        // An empty title cannot be imported either.
        QVERIFY(setCell(4, TitleColumn, QStringLiteral("  ")));
        QVERIFY(!ticked(4));
        QCOMPARE(buttonText(), QStringLiteral("Import 13 milestones"));
        QVERIFY(setCell(4, TitleColumn, QStringLiteral("Viktoria Karree kommt")));
        QVERIFY(setCell(4, ImportColumn, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(buttonText(), QStringLiteral("Import 14 milestones"));

        const QList<Milestone> milestones = m_dialog->milestonesToImport();
        QCOMPARE(milestones.size(), 14);
        const Milestone &zafira = milestones.at(0);
        QCOMPARE(zafira.start, PartialDate::fromYmd(2014, 12, 5));
        QCOMPARE(zafira.title, QStringLiteral("Der letzte Zafira rollt vom Band"));
        QCOMPARE(zafira.description, QStringLiteral("Am 5.12.2014 rollt der letzte Zafira vom Band."));
        QCOMPARE(zafira.categoryId, m_strukturwandel);
        const Milestone &strategy = milestones.at(1);
        QCOMPARE(strategy.title, QStringLiteral("Bochum Strategie startet"));
        QCOMPARE(strategy.start, PartialDate::fromYear(2017));
        QCOMPARE(strategy.end, PartialDate::fromYear(2020));
        QCOMPARE(strategy.categoryId, m_ansiedlung);
        QCOMPARE(milestones.at(2).title, QStringLiteral("Viktoria Karree kommt"));
        QCOMPARE(milestones.last().title, QStringLiteral("Haus des Wissens ist beschlossen"));
        QCOMPARE(
            milestones.last().description,
            QStringLiteral("2020: VW Infotainment baut aus, Gigabit Ausbau ist top, Rethink Robotics kommt, "
                           "Citytower Vertrag unterschrieben, Arbeitslosigkeit unter 9%, Haus des Wissens "
                           "ist beschlossen"));
        for (const Milestone &milestone : milestones) {
            QCOMPARE(milestone.status, MilestoneStatus::Draft);
            QVERIFY(milestone.meta.isNew());
            QVERIFY(milestone.title != QLatin1String("DHL kommt"));
            QVERIFY(milestone.title != QLatin1String("Vonovia Zentrale entsteht in Bochum"));
        }
    }

    void textChangesKeepTheEdits()
    {
        const QString text = sampleText();
        paste(text, 16);
        QVERIFY(setCell(0, TitleColumn, QStringLiteral("Der letzte Zafira rollt vom Band")));
        QVERIFY(setCell(4, ImportColumn, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(setCell(5, CategoryColumn, QStringLiteral("Strukturwandel")));
        paste(text + QStringLiteral(" Im Mai 2021 eröffnet das Haus des Wissens."), 17);
        QCOMPARE(cell(0, TitleColumn).toString(), QStringLiteral("Der letzte Zafira rollt vom Band"));
        QVERIFY(!ticked(4));
        QCOMPARE(cell(5, CategoryColumn).toString(), QStringLiteral("Strukturwandel"));
        QCOMPARE(cell(16, TitleColumn).toString(), QStringLiteral("Haus des Wissens eröffnet"));
        QVERIFY(ticked(16));
        QCOMPARE(buttonText(), QStringLiteral("Import 15 milestones"));
    }

    void repeatsWithinTheText()
    {
        paste(QStringLiteral("2016: Vonovia kommt, Vonovia kommt\n2017: Bosch kommt"), 3);
        QVERIFY(ticked(0));
        QVERIFY(!ticked(1));
        QCOMPARE(cell(1, NoteColumn).toString(), QStringLiteral("Repeated in this text"));
        QCOMPARE(buttonText(), QStringLiteral("Import 2 milestones"));
        QVERIFY(setCell(1, TitleColumn, QStringLiteral("Vonovia baut")));
        QCOMPARE(cell(1, NoteColumn).toString(), QString());
        paste(QStringLiteral("2017: Bosch kommt"), 1);
        QCOMPARE(buttonText(), QStringLiteral("Import 1 milestone"));
    }

    void openFile()
    {
        QPushButton *open = child<QPushButton>("openFileButton");
        Dialogs::queueFileName(samplePath);
        open->click();
        QCOMPARE(model()->rowCount(), 16); // at once, no pause
        QCOMPARE(child<QPlainTextEdit>("sourceEdit")->toPlainText(), sampleText());

        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QVERIFY(testsupport::writeBytes(empty, QByteArray()));
        Dialogs::queueFileName(empty);
        open->click();
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QStringLiteral("is empty")), qPrintable(messages.first()));
        QCOMPARE(child<QPlainTextEdit>("sourceEdit")->toPlainText(), sampleText());

        Dialogs::queueFileName(QString()); // cancelled
        open->click();
        QCOMPARE(model()->rowCount(), 16);
    }

    void buttonsCloseTheDialog()
    {
        paste(sampleText(), 16);
        child<QPushButton>("importButton")->click();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        child<QPushButton>("cancelButton")->click();
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    }

    void tickingOneAlreadyThereAsksBeforeImporting()
    {
        paste(sampleText(), 16);
        QVERIFY(setCell(1, ImportColumn, Qt::Checked, Qt::CheckStateRole));
        m_dialog->setResult(-1);
        child<QPushButton>("importButton")->click(); // no answer queued: "Go Back", the safe one
        QStringList asked = Dialogs::takeMessages();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("already in the timeline")),
                 qPrintable(asked.first()));
        QVERIFY(asked.first().contains(QStringLiteral("„DHL kommt“")));
        QCOMPARE(m_dialog->result(), -1); // still open
        Dialogs::queueChoice(0);          // Import Anyway
        child<QPushButton>("importButton")->click();
        QCOMPARE(Dialogs::takeMessages().size(), 1);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->milestonesToImport().size(), 16);
        // Nothing ticked twice: no question.
        QVERIFY(setCell(1, ImportColumn, Qt::Unchecked, Qt::CheckStateRole));
        m_dialog->setResult(-1);
        child<QPushButton>("importButton")->click();
        QVERIFY(Dialogs::takeMessages().isEmpty());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    }

    void theDatelineIsShownNotOffered()
    {
        paste(QStringLiteral("Strukturwandel in Herne\n\nHerne, 14. März 2023 – Die Stadt zieht Bilanz. "
                             "Im Mai 2018 begann der Bau des Quartiersparks."),
              1);
        QCOMPARE(cell(0, TitleColumn).toString(), QStringLiteral("Bau des Quartiersparks begann"));
        QCOMPARE(
            cell(0, TitleColumn, Qt::ToolTipRole).toString(),
            QStringLiteral("Im Mai 2018 begann der Bau des Quartiersparks.\nLine 3: Herne, 14. März 2023 "
                           "– Die Stadt zieht Bilanz. Im Mai 2018 begann der Bau des Quartiersparks."));
        QVERIFY(m_dialog->textDateline());
        QCOMPARE(m_dialog->textDateline()->date, PartialDate::fromYmd(2023, 3, 14));
        const QString summary = child<QLabel>("summaryLabel")->text();
        QVERIFY2(summary.startsWith(
                     QStringLiteral("The text's dateline: Herne, 14 March 2023 (not a milestone).")),
                 qPrintable(summary));
    }

    void unreadableContactsAreNamedNotMistakenForMissingOnes()
    {
        Contact mayor;
        mayor.givenName = QStringLiteral("Thomas");
        mayor.familyName = QStringLiteral("Eiskirch");
        QVERIFY(m_store->contacts().insert(mayor));
        QSqlQuery query(m_store->database().connection());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE contact RENAME TO contact_gone")));
        m_dialog = std::make_unique<TimelineImportDialog>(*m_store);
        paste(sampleText(), 16); // the milestones are still found
        auto *quotes = child<QTableView>("quotePreviewTable");
        QCOMPARE(quotes->model()->rowCount(), 2);
        const QString note = quotes->model()->index(0, 3).data().toString();
        QVERIFY2(note.startsWith(QStringLiteral("Cannot be offered: ")) &&
                     !note.contains(QStringLiteral("not among the contacts")),
                 qPrintable(note));
        QVERIFY(!(quotes->model()->flags(quotes->model()->index(0, 0)) & Qt::ItemIsEnabled));
        QVERIFY(m_dialog->quotesToImport().isEmpty());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE contact_gone RENAME TO contact")));
    }

    void quotationsAreOfferedForTheRegister()
    {
        // Without the speaker among the contacts a quotation is shown but cannot be ticked.
        paste(sampleText(), 16);
        auto *quotes = child<QTableView>("quotePreviewTable");
        QVERIFY(!quotes->isHidden());
        QCOMPARE(quotes->model()->rowCount(), 2);
        QCOMPARE(quotes->model()->index(0, 1).data().toString(), QStringLiteral("Thomas Eiskirch"));
        QCOMPARE(quotes->model()->index(0, 2).data().toString(), QStringLiteral("Oberbürgermeister"));
        QVERIFY(quotes->model()->index(0, 3).data().toString().contains(
            QStringLiteral("not among the contacts")));
        QVERIFY(!(quotes->model()->flags(quotes->model()->index(0, 0)) & Qt::ItemIsEnabled));
        QVERIFY(m_dialog->quotesToImport().isEmpty());

        // With the mayor as a contact both are ticked, as drafts of his, with the role the text gives.
        Contact mayor;
        mayor.givenName = QStringLiteral("Thomas");
        mayor.familyName = QStringLiteral("Eiskirch");
        const Result<Contact> stored = m_store->contacts().insert(mayor);
        QVERIFY(stored);
        m_dialog = std::make_unique<TimelineImportDialog>(*m_store);
        paste(sampleText(), 16);
        quotes = child<QTableView>("quotePreviewTable");
        QCOMPARE(quotes->model()->rowCount(), 2);
        const QList<Quote> offered = m_dialog->quotesToImport();
        QCOMPARE(offered.size(), 2);
        for (const Quote &quote : offered) {
            QCOMPARE(quote.speakerId, stored->meta.id);
            QCOMPARE(quote.speakerRole, QStringLiteral("Oberbürgermeister"));
            QCOMPARE(quote.state, AuthorisationState::Draft);
            QVERIFY(quote.validate().isValid());
        }
        QVERIFY(offered.at(1).text.startsWith(QStringLiteral("Wir sind natürlich")));
        QVERIFY(quotes->model()->index(1, 3).data().toString().contains(QStringLiteral("quotation before")));
        QCOMPARE(buttonText(), QStringLiteral("Import 15 milestones and 2 quotes"));
        // Unticking one leaves it out.
        QVERIFY(quotes->model()->setData(quotes->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_dialog->quotesToImport().size(), 1);
    }

    // Issue #16, point 7: vague dates are marked so that the user checks them first; a look at the date
    // (an edit) takes the mark away. Planned items are imported as planned.
    void vagueDatesAreMarkedAndPlannedOnesImportedAsPlanned()
    {
        paste(QStringLiteral("– 12.05.1995: Eröffnung des Hallenbads\n"
                             "– Mitte 2016: Machbarkeitsstudie liegt vor\n"
                             "– Seit Oktober 2019 ist das Quartier angeschlossen\n"
                             "– Am 5.12. folgte das Richtfest\n"
                             "– Die Eröffnung des Besucherzentrums ist für 2024 geplant\n"),
              5);
        const QColor marked = StatePalette::background(Tone::Warning);
        QVERIFY(!cell(0, DateColumn, Qt::BackgroundRole).isValid());
        QVERIFY(cell(0, NoteColumn).toString().isEmpty());
        const QStringList notes = {
            QStringLiteral("Check the date: “Mitte 2016” is approximate."),
            QStringLiteral("Check the date: “Seit Oktober 2019” has no end; the milestone starts then."),
            QStringLiteral("Check the date: “Am 5.12.” names no year; the year is the one the text "
                           "mentioned before."),
        };
        for (int row = 1; row <= 3; ++row) {
            QCOMPARE(cell(row, DateColumn, Qt::BackgroundRole).value<QColor>(), marked);
            QCOMPARE(cell(row, DateColumn, Qt::ToolTipRole).toString(), notes.at(row - 1));
            QCOMPARE(cell(row, NoteColumn).toString(), notes.at(row - 1));
        }
        QCOMPARE(cell(3, DateColumn).toString(), QStringLiteral("5 December 2019"));
        // The title's tooltip names the sentence and its line; choosing a row shows it in the text.
        QCOMPARE(cell(2, TitleColumn).toString(), QStringLiteral("Quartier angeschlossen"));
        QCOMPARE(cell(2, TitleColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Seit Oktober 2019 ist das Quartier angeschlossen\nLine 3: – Seit Oktober "
                                "2019 ist das Quartier angeschlossen"));
        table()->setCurrentIndex(model()->index(2, TitleColumn));
        QCOMPARE(child<QPlainTextEdit>("sourceEdit")->textCursor().selectedText(),
                 QStringLiteral("Seit Oktober 2019 ist das Quartier angeschlossen"));
        QCOMPARE(cell(4, NoteColumn).toString(), QStringLiteral("Planned"));

        QVERIFY(setCell(1, DateColumn, QStringLiteral("2016-06")));
        QVERIFY(!cell(1, DateColumn, Qt::BackgroundRole).isValid());
        QVERIFY(cell(1, NoteColumn).toString().isEmpty());

        for (int row = 0; row < 5; ++row)
            QVERIFY(setCell(row, ImportColumn, Qt::Checked, Qt::CheckStateRole));
        const QList<Milestone> milestones = m_dialog->milestonesToImport();
        QCOMPARE(milestones.size(), 5);
        QCOMPARE(milestones.at(1).start, PartialDate::fromYearMonth(2016, 6));
        QCOMPARE(milestones.at(2).status, MilestoneStatus::Draft);
        QCOMPARE(milestones.at(4).status, MilestoneStatus::Planned);
        QCOMPARE(milestones.at(4).description,
                 QStringLiteral("Die Eröffnung des Besucherzentrums ist für 2024 geplant"));
    }

    // Issue #16, point 8: a table and a list pasted from a browser or Word keep their rows and items.
    void pastedHtmlKeepsItsLines()
    {
        auto *edit = child<QPlainTextEdit>("sourceEdit");
        auto *copied = new QMimeData; // the clipboard takes it
        copied->setText(QStringLiteral("Datum Ereignis 5.12.2014 Werk schließt 2016 DHL kommt"));
        copied->setHtml(QStringLiteral(
            "<html><body><table><tr><th>Datum</th><th>Ereignis</th></tr>"
            "<tr><td>5.12.2014</td><td>Werk schließt</td></tr><tr><td>2016</td><td>DHL kommt</td></tr>"
            "</table><ul><li>Mitte 2018: Viktoria Karree kommt</li></ul></body></html>"));
        QGuiApplication::clipboard()->setMimeData(copied);
        m_dialog->show();
        edit->setFocus();
        QTest::keySequence(edit, QKeySequence::Paste);
        QCOMPARE(edit->toPlainText(),
                 QStringLiteral("Datum\tEreignis\n5.12.2014\tWerk schließt\n2016\tDHL kommt\n\n"
                                "• Mitte 2018: Viktoria Karree kommt"));
        QTRY_COMPARE(model()->rowCount(), 3);
        QCOMPARE(cell(0, TitleColumn).toString(), QStringLiteral("Werk schließt"));
        QCOMPARE(cell(1, TitleColumn).toString(), QStringLiteral("DHL kommt"));
        QCOMPARE(cell(2, TitleColumn).toString(), QStringLiteral("Viktoria Karree kommt"));
    }

    void importIsOneUndoStep()
    {
        paste(sampleText(), 16);
        QUndoStack stack;
        EditController controller(&stack);
        QVERIFY(controller.run(
            std::make_unique<ImportMilestonesCommand>(*m_store, m_dialog->milestonesToImport())));
        QCOMPARE(*m_store->milestones().count(), 16);
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(*m_store->milestones().count(), 1);
        stack.redo();
        QCOMPARE(*m_store->milestones().count(), 16);
    }
};

QTEST_MAIN(TestTimelineImportDialog)
#include "tst_timelineimportdialog.moc"
