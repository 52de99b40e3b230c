#include "kitspage.h"
#include "core/displaydates.h"

#include "ui_kitspage.h"

#include "backgroundwork.h"
#include "dialogs.h"
#include "exchange/chronicleassembler.h"
#include "exchange/kitassembler.h"
#include "exchange/kitchecks.h"
#include "formats/exportfile.h"
#include "formats/ziparchive.h"
#include "icons.h"
#include "models/kitlistmodel.h"
#include "releaseprinting.h"
#include "render/chroniclehandout.h"
#include "render/kitoutput.h"
#include "render/releasepages.h"
#include "storage/store.h"
#include "undo/kitcommands.h"

#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStandardPaths>

namespace pressdesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int noYear = 1899; // the spin boxes' minimum: shown as "from the first" / "to the last"
} // namespace

KitsPage::KitsPage(QUndoStack *undoStack, QWidget *parent)
    : WorkArea(parent)
    , m_ui(std::make_unique<Ui::KitsPage>())
    , m_controller(new EditController(undoStack, this))
    , m_parts(new KitPartsModel(this))
    , m_choices(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    Icons::set(m_ui->newKitButton, Icons::Name::New);
    Icons::set(m_ui->deleteKitButton, Icons::Name::Delete);
    Icons::set(m_ui->printPreviewButton, Icons::Name::PrintPreview);
    Icons::set(m_ui->printButton, Icons::Name::Print);
    Icons::set(m_ui->exportPdfButton, Icons::Name::Export);
    Icons::set(m_ui->exportZipButton, Icons::Name::Export);
    m_ui->dateEdit->setDisplayFormat(shortDateFormat());
    m_ui->partList->setModel(m_parts);
    m_ui->choiceList->setModel(m_choices);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(800);
    setUpActions();
    showKit(PressKit());
}

KitsPage::~KitsPage() = default;

void KitsPage::setUpActions()
{
    connect(m_controller, &EditController::failed, this,
            [this](const QString &message) { Dialogs::showError(this, tr("Press Kits"), message); });
    connect(m_ui->newKitButton, &QPushButton::clicked, this, [this] { newKit(); });
    connect(m_ui->deleteKitButton, &QPushButton::clicked, this, [this] { deleteCurrent(); });

    connect(m_ui->titleEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_filling || m_ui->titleEdit->text().trimmed() == m_kit.title)
            return;
        PressKit after = m_kit;
        after.title = m_ui->titleEdit->text().trimmed();
        change(after, tr("Rename press kit to “%1”").arg(after.title));
    });
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_filling || date == m_kit.date)
            return;
        PressKit after = m_kit;
        after.date = date;
        change(after, tr("Change the date of “%1”").arg(m_kit.title));
    });
    connect(m_ui->releaseCombo, &QComboBox::activated, this, [this] {
        PressKit after = m_kit;
        after.releaseId = m_ui->releaseCombo->currentData().toLongLong();
        if (after.releaseId != m_kit.releaseId)
            change(after, tr("Choose the release of “%1”").arg(m_kit.title));
    });
    connect(m_ui->coverCombo, &QComboBox::activated, this, [this] {
        PressKit after = m_kit;
        after.coverAssetId = m_ui->coverCombo->currentData().toLongLong();
        if (after.coverAssetId != m_kit.coverAssetId)
            change(after, tr("Choose the cover photo of “%1”").arg(m_kit.title));
    });

    auto *menu = new QMenu(m_ui->addPartButton);
    const QList<QPair<KitPart::Kind, QString>> kinds = {
        {KitPart::Kind::Release, tr("&Press Release")}, {KitPart::Kind::FactSheet, tr("&Fact Sheet")},
        {KitPart::Kind::Statements, tr("&Statements")}, {KitPart::Kind::Contacts, tr("Press &Contacts")},
        {KitPart::Kind::Photos, tr("P&hotos")},         {KitPart::Kind::Text, tr("&Extra Page")},
    };
    for (const auto &[kind, name] : kinds) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("addPart_") + toStorageString(kind));
        connect(action, &QAction::triggered, this, [this, kind = kind] { addPart(kind); });
    }
    m_ui->addPartButton->setMenu(menu);
    connect(m_ui->removePartButton, &QPushButton::clicked, this, [this] { removeCurrentPart(); });
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] {
        const int row = currentPartRow();
        if (row > 0)
            movePart(row, row - 1);
    });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] {
        const int row = currentPartRow();
        if (row >= 0 && row + 1 < m_kit.parts.size())
            movePart(row, row + 1);
    });
    connect(m_parts, &KitPartsModel::moveRequested, this, [this](int from, int to) {
        // After the drop has finished: the model is reset by the save.
        QTimer::singleShot(0, this, [this, from, to] { movePart(from, to); });
    });
    connect(m_ui->partList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_filling)
            showPartSettings();
    });

    connect(m_ui->categoryCombo, &QComboBox::activated, this, [this] {
        const int row = currentPartRow();
        if (row < 0)
            return;
        KitPart part = m_kit.parts.at(row);
        part.categoryId = m_ui->categoryCombo->currentData().toLongLong();
        changeCurrentPart(part, tr("Choose the fact sheet's category"));
    });
    for (QSpinBox *spin : {m_ui->fromYearSpin, m_ui->toYearSpin}) {
        connect(spin, &QSpinBox::editingFinished, this, [this] {
            const int row = currentPartRow();
            if (m_filling || row < 0 || m_kit.parts.at(row).kind != KitPart::Kind::FactSheet)
                return;
            KitPart part = m_kit.parts.at(row);
            part.fromYear = m_ui->fromYearSpin->value() == noYear ? 0 : m_ui->fromYearSpin->value();
            part.toYear = m_ui->toYearSpin->value() == noYear ? 0 : m_ui->toYearSpin->value();
            if (!(part == m_kit.parts.at(row)))
                changeCurrentPart(part, tr("Choose the fact sheet's years"));
        });
    }
    connect(m_choices, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        const int row = currentPartRow();
        if (m_filling || row < 0)
            return;
        KitPart part = m_kit.parts.at(row);
        const RecordId id = item->data(IdRole).toLongLong();
        part.ids.removeAll(id);
        if (item->checkState() == Qt::Checked)
            part.ids.append(id);
        changeCurrentPart(part, item->checkState() == Qt::Checked
                                    ? tr("Add “%1” to the kit").arg(item->text())
                                    : tr("Take “%1” out of the kit").arg(item->text()));
    });
    connect(m_ui->partTitleEdit, &QLineEdit::editingFinished, this, [this] {
        const int row = currentPartRow();
        if (m_filling || row < 0 || m_kit.parts.at(row).title == m_ui->partTitleEdit->text().trimmed())
            return;
        KitPart part = m_kit.parts.at(row);
        part.title = m_ui->partTitleEdit->text().trimmed();
        changeCurrentPart(part, tr("Rename the extra page to “%1”").arg(part.title));
    });
    connect(m_ui->partTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_textTimer.start();
    });
    connect(&m_textTimer, &QTimer::timeout, this, [this] { commitPendingEdits(); });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, [this] { exportKit(false); });
    connect(m_ui->printPreviewButton, &QPushButton::clicked, this, &KitsPage::printPreview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &KitsPage::printKit);
    // Ctrl+P prints the kit, wherever the keyboard is in the area.
    new QShortcut(QKeySequence::Print, this, this, &KitsPage::printKit, Qt::WidgetWithChildrenShortcut);
    auto *chronicleMenu = new QMenu(m_ui->chronicleButton);
    chronicleMenu->addAction(tr("Print Preview, A&4 Landscape…"), this, [this] { chroniclePreview(false); });
    chronicleMenu->addAction(tr("Print Preview, A&3 Landscape…"), this, [this] { chroniclePreview(true); });
    chronicleMenu->addSeparator();
    chronicleMenu->addAction(tr("PDF for the Print Shop, A4…"), this, [this] { exportChronicle(false); });
    chronicleMenu->addAction(tr("PDF for the Print Shop, A3…"), this, [this] { exportChronicle(true); });
    m_ui->chronicleButton->setMenu(chronicleMenu);
    connect(m_ui->exportZipButton, &QPushButton::clicked, this, [this] { exportKit(true); });
}

void KitsPage::setStore(Store *store)
{
    m_store = store;
    m_loaded = false;
    if (m_kits) {
        m_ui->kitTable->setModel(nullptr);
        delete m_kits;
        m_kits = nullptr;
    }
    showKit(PressKit());
    if (!store)
        return;
    connect(store, &Store::changed, this, [this](EntityKind kind, qint64 id) {
        if (kind == EntityKind::PressKit && id == m_kit.meta.id && !m_filling)
            reloadCurrent();
    });
    connect(store, &Store::changedElsewhere, this, [this] { reloadCurrent(); });
    if (isVisible())
        activate();
}

void KitsPage::activate()
{
    if (m_loaded || !m_store)
        return;
    m_loaded = true;
    m_kits = new KitListModel(m_store, this);
    m_ui->kitTable->setModel(m_kits);
    m_ui->kitTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->kitTable->verticalHeader()->hide();
    connect(m_ui->kitTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_filling &&
                    m_kits->kitAt(current.row()).meta.id != m_kit.meta.id) {
                    commitPendingEdits();
                    showKit(m_kits->kitAt(current.row()));
                }
            });
    connect(m_kits, &QAbstractItemModel::modelReset, this, [this] {
        // The list read anew (a kit added or deleted, an undo): keep the current kit selected.
        const int row = m_kits->rowOf(m_kit.meta.id);
        if (row >= 0)
            m_ui->kitTable->selectRow(row);
    });
    if (m_kits->rowCount() > 0)
        m_ui->kitTable->selectRow(0);
}

bool KitsPage::commitPendingEdits()
{
    m_textTimer.stop();
    const int row = currentPartRow();
    if (row < 0 || m_kit.parts.at(row).kind != KitPart::Kind::Text)
        return true;
    const QString text = m_ui->partTextEdit->toPlainText();
    if (text == m_kit.parts.at(row).text)
        return true;
    KitPart part = m_kit.parts.at(row);
    part.text = text;
    changeCurrentPart(part, tr("Edit the text of “%1”").arg(part.title));
    return true;
}

bool KitsPage::selectKit(RecordId id)
{
    activate();
    const int row = m_kits ? m_kits->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_ui->kitTable->selectRow(row);
    if (m_kit.meta.id != id)
        showKit(m_kits->kitAt(row));
    return true;
}

void KitsPage::showKit(const PressKit &kit)
{
    const int partRow = kit.meta.id == m_kit.meta.id ? currentPartRow() : 0;
    m_filling = true;
    m_kit = kit;
    const bool editable = !kit.meta.isNew() && m_store;
    m_ui->editorPane->setEnabled(editable);
    m_ui->deleteKitButton->setEnabled(editable);
    m_ui->newKitButton->setEnabled(m_store);
    m_ui->titleEdit->setText(kit.title);
    m_ui->dateEdit->setDate(kit.date.isValid() ? kit.date : QDate::currentDate());

    m_ui->releaseCombo->clear();
    m_ui->releaseCombo->addItem(tr("(none)"), RecordId(0));
    m_ui->coverCombo->clear();
    m_ui->coverCombo->addItem(tr("(no cover photo)"), RecordId(0));
    if (m_store && editable) {
        if (Result<QList<PressRelease>> releases = m_store->releases().all()) {
            for (const PressRelease &release : std::as_const(*releases))
                m_ui->releaseCombo->addItem(
                    QStringLiteral("%1 %2").arg(shortDate(release.releaseDate), release.headline),
                    release.meta.id);
        }
        if (Result<QList<Asset>> assets = m_store->assets().all()) {
            for (const Asset &asset : std::as_const(*assets)) {
                if (!asset.credit.trimmed().isEmpty())
                    m_ui->coverCombo->addItem(asset.caption.isEmpty() ? asset.fileName : asset.caption,
                                              asset.meta.id);
            }
        }
    }
    m_ui->releaseCombo->setCurrentIndex(std::max(0, m_ui->releaseCombo->findData(kit.releaseId)));
    m_ui->coverCombo->setCurrentIndex(std::max(0, m_ui->coverCombo->findData(kit.coverAssetId)));
    m_parts->setParts(kit.parts);
    if (!kit.parts.isEmpty())
        m_ui->partList->setCurrentIndex(m_parts->index(std::clamp(partRow, 0, int(kit.parts.size()) - 1)));
    m_filling = false;
    showPartSettings();
    updateChecks();
}

int KitsPage::currentPartRow() const
{
    const QModelIndex current = m_ui->partList->currentIndex();
    return current.isValid() && current.row() < m_kit.parts.size() ? current.row() : -1;
}

void KitsPage::showPartSettings()
{
    m_filling = true;
    const int row = currentPartRow();
    m_ui->removePartButton->setEnabled(row >= 0);
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row + 1 < m_kit.parts.size());
    if (row < 0) {
        m_ui->noSettingsLabel->setText(tr("Add the parts the journalists are to get."));
        m_ui->partSettings->setCurrentWidget(m_ui->noSettingsPage);
        m_filling = false;
        return;
    }
    const KitPart &part = m_kit.parts.at(row);
    switch (part.kind) {
    case KitPart::Kind::Release:
        m_ui->noSettingsLabel->setText(m_kit.releaseId == 0
                                           ? tr("Choose the kit's release above.")
                                           : tr("The press release is the kit's release, as it reads now."));
        m_ui->partSettings->setCurrentWidget(m_ui->noSettingsPage);
        break;
    case KitPart::Kind::FactSheet:
        m_ui->categoryCombo->clear();
        m_ui->categoryCombo->addItem(tr("All categories"), RecordId(0));
        if (m_store) {
            if (Result<QList<Category>> categories = m_store->categories().all()) {
                for (const Category &category : std::as_const(*categories))
                    m_ui->categoryCombo->addItem(category.name, category.meta.id);
            }
        }
        m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(part.categoryId)));
        m_ui->fromYearSpin->setValue(part.fromYear ? part.fromYear : noYear);
        m_ui->toYearSpin->setValue(part.toYear ? part.toYear : noYear);
        m_ui->partSettings->setCurrentWidget(m_ui->factsPage);
        break;
    case KitPart::Kind::Statements:
    case KitPart::Kind::Contacts:
    case KitPart::Kind::Photos:
        fillChoices(part);
        m_ui->partSettings->setCurrentWidget(m_ui->choicePage);
        break;
    case KitPart::Kind::Text:
        m_ui->partTitleEdit->setText(part.title);
        if (m_ui->partTextEdit->toPlainText() != part.text)
            m_ui->partTextEdit->setPlainText(part.text);
        m_ui->partSettings->setCurrentWidget(m_ui->textPage);
        break;
    }
    m_filling = false;
}

void KitsPage::fillChoices(const KitPart &part)
{
    m_choices->clear();
    if (!m_store)
        return;
    const auto add = [this, &part](const QString &text, RecordId id) {
        auto *item = new QStandardItem(text);
        item->setData(id, IdRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(part.ids.contains(id) ? Qt::Checked : Qt::Unchecked);
        m_choices->appendRow(item);
    };
    switch (part.kind) {
    case KitPart::Kind::Statements:
        m_ui->choiceLabel->setText(tr("Authorised quotes for the statements sheet. None ticked: the "
                                      "release's own authorised quotes."));
        if (Result<QList<Quote>> quotes = m_store->quotes().all()) {
            for (const Quote &quote : std::as_const(*quotes)) {
                if (quote.state == AuthorisationState::Authorised)
                    add(quote.shortText(70), quote.meta.id);
            }
        }
        break;
    case KitPart::Kind::Contacts:
        m_ui->choiceLabel->setText(
            tr("Contacts for the press contacts sheet, with their public channels only. "
               "None ticked: the release's Pressekontakt."));
        if (Result<QList<Contact>> contacts = m_store->contacts().all()) {
            for (const Contact &contact : std::as_const(*contacts))
                add(contact.role.isEmpty()
                        ? contact.displayName()
                        : QStringLiteral("%1, %2").arg(contact.displayName(), contact.role),
                    contact.meta.id);
        }
        break;
    case KitPart::Kind::Photos:
        m_ui->choiceLabel->setText(tr("Photos with a credit (a photo without one is never handed out). Add "
                                      "photos to the file in a release's body first."));
        if (Result<QList<Asset>> assets = m_store->assets().all()) {
            for (const Asset &asset : std::as_const(*assets)) {
                if (!asset.credit.trimmed().isEmpty())
                    add(QStringLiteral("%1 (%2)").arg(
                            asset.caption.isEmpty() ? asset.fileName : asset.caption, asset.credit),
                        asset.meta.id);
            }
        }
        break;
    default:
        break;
    }
}

void KitsPage::updateChecks()
{
    m_checks.clear();
    if (m_store && !m_kit.meta.isNew()) {
        if (Result<QStringList> checks = KitChecks::of(*m_store, m_kit))
            m_checks = *checks;
        else
            m_checks = {checks.errorMessage()};
    }
    m_ui->checksLabel->setText(m_checks.isEmpty() ? QString()
                                                  : tr("Before handing it out:") + QStringLiteral("\n• ") +
                                                        m_checks.join(QStringLiteral("\n• ")));
    m_ui->checksLabel->setVisible(!m_checks.isEmpty());
}

void KitsPage::reloadCurrent()
{
    if (!m_store || m_kit.meta.isNew())
        return;
    Result<PressKit> stored = m_store->pressKits().find(m_kit.meta.id);
    if (stored)
        showKit(*stored);
    else
        showKit(PressKit()); // deleted (an undo of its creation, another window)
}

bool KitsPage::change(const PressKit &after, const QString &text)
{
    if (!m_store || m_kit.meta.isNew())
        return false;
    m_filling = true; // the store's change signal: the form is refreshed below, once
    const bool saved = m_controller->run(std::make_unique<ChangeKitCommand>(*m_store, m_kit, after, text));
    m_filling = false;
    reloadCurrent();
    if (saved)
        Q_EMIT statusMessage(text);
    return saved;
}

void KitsPage::changeCurrentPart(const KitPart &part, const QString &text)
{
    const int row = currentPartRow();
    if (row < 0)
        return;
    PressKit after = m_kit;
    after.parts[row] = part;
    change(after, text);
}

RecordId KitsPage::newKit()
{
    if (!m_store)
        return 0;
    activate();
    commitPendingEdits();
    PressKit kit;
    kit.date = QDate::currentDate();
    kit.title = tr("Press kit");
    Result<QList<PressRelease>> releases = m_store->releases().all();
    if (releases && !releases->isEmpty()) {
        const PressRelease &newest = releases->first();
        kit.releaseId = newest.meta.id;
        kit.title = newest.headline;
        if (newest.releaseDate.isValid())
            kit.date = newest.releaseDate;
        KitPart release;
        KitPart facts;
        facts.kind = KitPart::Kind::FactSheet;
        KitPart statements;
        statements.kind = KitPart::Kind::Statements;
        KitPart contacts;
        contacts.kind = KitPart::Kind::Contacts;
        kit.parts = {release, facts, statements, contacts};
    } else {
        KitPart facts;
        facts.kind = KitPart::Kind::FactSheet;
        kit.parts = {facts};
    }
    auto command = std::make_unique<AddKitCommand>(*m_store, kit);
    AddKitCommand *added = command.get();
    if (!m_controller->run(std::move(command)))
        return 0;
    const RecordId id = added->kitId();
    selectKit(id);
    Q_EMIT statusMessage(tr("Created the press kit “%1”.").arg(kit.title));
    return id;
}

bool KitsPage::deleteCurrent()
{
    if (!m_store || m_kit.meta.isNew())
        return false;
    const QString title = m_kit.title;
    if (!m_controller->run(std::make_unique<DeleteKitCommand>(*m_store, m_kit)))
        return false;
    showKit(PressKit());
    if (m_kits && m_kits->rowCount() > 0) {
        m_ui->kitTable->selectRow(0);
        showKit(m_kits->kitAt(0));
    }
    Q_EMIT statusMessage(tr("Deleted the press kit “%1”. Undo brings it back.").arg(title));
    return true;
}

bool KitsPage::addPart(KitPart::Kind kind)
{
    if (m_kit.meta.isNew())
        return false;
    commitPendingEdits();
    KitPart part;
    part.kind = kind;
    if (kind == KitPart::Kind::Text)
        part.title = tr("Further information");
    PressKit after = m_kit;
    const int row = currentPartRow() >= 0 ? currentPartRow() + 1 : int(after.parts.size());
    after.parts.insert(row, part);
    if (!change(after, tr("Add “%1” to the kit").arg(KitPartsModel::partName(part))))
        return false;
    m_ui->partList->setCurrentIndex(m_parts->index(row));
    return true;
}

bool KitsPage::removeCurrentPart()
{
    const int row = currentPartRow();
    if (row < 0)
        return false;
    commitPendingEdits();
    PressKit after = m_kit;
    const KitPart removed = after.parts.takeAt(row);
    return change(after, tr("Take “%1” out of the kit").arg(KitPartsModel::partName(removed)));
}

bool KitsPage::movePart(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_kit.parts.size() || to >= m_kit.parts.size() || from == to)
        return false;
    commitPendingEdits();
    PressKit after = m_kit;
    after.parts.move(from, to);
    if (!change(after, tr("Move “%1” in the kit").arg(KitPartsModel::partName(after.parts.at(to)))))
        return false;
    m_ui->partList->setCurrentIndex(m_parts->index(to));
    return true;
}

bool KitsPage::exportKit(bool zip)
{
    if (!m_store || m_kit.meta.isNew())
        return false;
    commitPendingEdits();
    updateChecks();
    if (!m_checks.isEmpty() &&
        Dialogs::choose(this, tr("Export Press Kit"),
                        tr("Before the kit is handed out, look at this:\n\n• %1\n\nExport it anyway?")
                            .arg(m_checks.join(QStringLiteral("\n• "))),
                        {tr("Export Anyway"), tr("Cancel")}) != 0)
        return false;
    const QString name = ZipArchive::safeFileName(
        QStringLiteral("%1 %2").arg(m_kit.date.toString(Qt::ISODate), m_kit.title.left(60)).trimmed(),
        QStringLiteral("pressemappe"));
    const QString folder = Dialogs::exportFolder();
    const QString suffix = zip ? QStringLiteral(".zip") : QStringLiteral(".pdf");
    QString path = Dialogs::saveFileName(this, tr("Export Press Kit"), QDir(folder).filePath(name + suffix),
                                         zip ? tr("ZIP of files to reuse (*.zip)") : tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return exportTo(path);
}

bool KitsPage::exportTo(const QString &path)
{
    if (!m_store || m_kit.meta.isNew())
        return false;
    const bool zip = path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<HouseStyle> style = m_store->officeSettings().houseStyle();
    Result<KitDocument> document =
        style ? KitAssembler::assemble(*m_store, m_kit, DocumentLanguage::fromCode(style->documentLanguage))
              : Result<KitDocument>(style.error());
    QGuiApplication::restoreOverrideCursor();
    if (!document) {
        Dialogs::showError(this, tr("Export Press Kit"), document.errorMessage());
        return false;
    }
    // Drawn and written on a worker thread, with a progress dialog for a big kit. The PDF is made before
    // the file is opened; the ZIP is packed straight into it. Cancelled, the file is not committed.
    auto work = [document = std::move(*document), style = *style, zip, path,
                 databasePath = m_store->path()](const std::atomic_bool &cancelled) mutable -> Result<void> {
        const auto stopped = [] { return makeError(Error::Kind::Io, tr("The export was cancelled.")); };
        Result<QByteArray> bytes = zip ? Result<QByteArray>(QByteArray())
                                       : KitOutput::pdf(std::move(document), style, ReleaseOutput::Options());
        if (!bytes)
            return bytes.error();
        return ExportFile::write(path, databasePath, [&](QIODevice *device) -> Result<void> {
            if (zip) {
                if (Result<void> packed = KitOutput::zip(document, style, ReleaseOutput::Options(), device);
                    !packed)
                    return packed;
            } else if (device->write(*bytes) != bytes->size()) {
                return makeError(Error::Kind::Io, device->errorString());
            }
            return cancelled ? stopped() : Result<void>();
        });
    };
    const std::optional<Result<void>> finished = BackgroundWork::run<Result<void>>(
        this, zip ? tr("Packing the press kit…") : tr("Setting the press kit’s pages…"), std::move(work));
    if (!finished) {
        Q_EMIT statusMessage(tr("Export cancelled; nothing was written."));
        return false;
    }
    const Result<void> &written = *finished;
    if (!written) {
        Dialogs::showError(this, tr("Export Press Kit"), written.errorMessage());
        return false;
    }
    Q_EMIT statusMessage(tr("Exported the press kit to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool KitsPage::printTo(QPrinter *printer)
{
    if (!m_store || m_kit.meta.isNew())
        return false;
    commitPendingEdits();
    Result<HouseStyle> style = m_store->officeSettings().houseStyle();
    Result<KitDocument> document =
        style ? KitAssembler::assemble(*m_store, m_kit, DocumentLanguage::fromCode(style->documentLanguage))
              : Result<KitDocument>(style.error());
    Result<ReleasePages> pages = document
                                     ? ReleasePages::layOutKit(*document, *style, ReleasePages::Options())
                                     : Result<ReleasePages>(document.error());
    if (!pages) {
        Dialogs::showError(this, tr("Print Press Kit"), pages.errorMessage());
        return false;
    }
    ReleasePrinting::prepare(printer, m_kit.title);
    return ReleasePrinting::print(printer, *pages);
}

void KitsPage::printPreview()
{
    if (m_kit.meta.isNew())
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReleasePrinting::prepare(&printer, m_kit.title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printTo(target); });
    dialog.exec();
}

void KitsPage::printKit()
{
    if (m_kit.meta.isNew())
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReleasePrinting::prepare(&printer, m_kit.title);
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

bool KitsPage::chronicle(ChronicleDocument &document, HouseStyle &style)
{
    if (!m_store)
        return false;
    ChronicleAssembler::Selection selection;
    for (const KitPart &part : std::as_const(m_kit.parts)) {
        if (part.kind == KitPart::Kind::FactSheet) {
            selection = {part.categoryId, part.fromYear, part.toYear};
            break;
        }
    }
    Result<HouseStyle> stored = m_store->officeSettings().houseStyle();
    Result<ChronicleDocument> made =
        stored ? ChronicleAssembler::assemble(*m_store, selection,
                                              DocumentLanguage::fromCode(stored->documentLanguage))
               : Result<ChronicleDocument>(stored.error());
    if (!made) {
        Dialogs::showError(this, tr("Chronicle Handout"), made.errorMessage());
        return false;
    }
    document = *made;
    style = *stored;
    return true;
}

bool KitsPage::printChronicleTo(QPrinter *printer, bool a3)
{
    ChronicleDocument document;
    HouseStyle style;
    if (!chronicle(document, style))
        return false;
    ChronicleHandout::Options options;
    options.paper = a3 ? ChronicleHandout::Paper::A3 : ChronicleHandout::Paper::A4;
    const double dotsPerInch = std::min(600, printer->resolution());
    Result<QImage> page = ChronicleHandout::pageImage(document, style, options, dotsPerInch);
    if (!page) {
        Dialogs::showError(this, tr("Chronicle Handout"), page.errorMessage());
        return false;
    }
    printer->setPageLayout(
        QPageLayout(QPageSize(a3 ? QPageSize::A3 : QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    printer->setFullPage(true);
    printer->setDocName(document.title);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    painter.drawImage(printer->paperRect(QPrinter::DevicePixel), *page);
    return painter.end();
}

void KitsPage::chroniclePreview(bool a3)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(
        QPageLayout(QPageSize(a3 ? QPageSize::A3 : QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Chronicle Handout"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, a3](QPrinter *target) { printChronicleTo(target, a3); });
    dialog.exec();
}

void KitsPage::exportChronicle(bool a3)
{
    const QString folder = Dialogs::exportFolder();
    QString path = Dialogs::saveFileName(
        this, tr("Chronicle Handout for the Print Shop"),
        QDir(folder).filePath(a3 ? QStringLiteral("Chronik A3.pdf") : QStringLiteral("Chronik A4.pdf")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    exportChronicleTo(path, a3);
}

bool KitsPage::exportChronicleTo(const QString &path, bool a3)
{
    ChronicleDocument document;
    HouseStyle style;
    if (!chronicle(document, style))
        return false;
    ChronicleHandout::Options options;
    options.paper = a3 ? ChronicleHandout::Paper::A3 : ChronicleHandout::Paper::A4;
    options.producer = QStringLiteral("PressDesk %1").arg(QCoreApplication::applicationVersion()).trimmed();
    auto work = [document, style, options, path,
                 databasePath = m_store->path()](const std::atomic_bool &cancelled) -> Result<void> {
        Result<QByteArray> bytes = ChronicleHandout::pdf(document, style, options);
        if (!bytes)
            return bytes.error();
        return ExportFile::write(path, databasePath, [&](QIODevice *device) -> Result<void> {
            if (device->write(*bytes) != bytes->size())
                return makeError(Error::Kind::Io, device->errorString());
            return cancelled ? makeError(Error::Kind::Io, tr("The export was cancelled.")) : Result<void>();
        });
    };
    const std::optional<Result<void>> finished =
        BackgroundWork::run<Result<void>>(this, tr("Drawing the chronicle handout…"), std::move(work));
    if (!finished) {
        Q_EMIT statusMessage(tr("Export cancelled; nothing was written."));
        return false;
    }
    const Result<void> &written = *finished;
    if (!written) {
        Dialogs::showError(this, tr("Chronicle Handout"), written.errorMessage());
        return false;
    }
    Q_EMIT statusMessage(tr("Exported the chronicle handout to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void KitsPage::focusSearch()
{
    // The kits are few: the list itself is the search (typing a title's first letters selects it).
    m_ui->kitTable->setFocus(Qt::ShortcutFocusReason);
}

void KitsPage::createItem()
{
    static_cast<void>(newKit());
}

QString KitsPage::createItemText() const
{
    return tr("New &Press Kit");
}

} // namespace pressdesk
