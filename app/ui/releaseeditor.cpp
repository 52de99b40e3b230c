#include "releaseeditor.h"
#include "core/displaydates.h"

#include "bodyedit.h"
#include "dialogs.h"
#include "exchange/releaseassembler.h"
#include "formats/releaseplaintext.h"
#include "formats/timelinetextparser.h"
#include "pastedtextedit.h"
#include "storage/store.h"
#include "ui_releaseeditor.h"

#include "releasechoices.h"

#include <QInputDialog>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

namespace pressdesk {

namespace {
constexpr int CountCacheLimit = 20000;
const QDate NoDate(2000, 1, 1); // the date edits' minimum, shown as "no date"
} // namespace

ReleaseEditor::ReleaseEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReleaseEditor>())
{
    m_ui->setupUi(this);
    QFont bold = m_ui->boldButton->font();
    bold.setBold(true);
    m_ui->boldButton->setFont(bold);
    QFont italic = m_ui->italicButton->font();
    italic.setItalic(true);
    m_ui->italicButton->setFont(italic);
    m_ui->bodyEdit->setRenderer([this](const ReleaseContent &content) {
        PressRelease pasted;
        pasted.content = content;
        return m_store ? renderingsFor(*m_store, pasted) : QHash<int, BlockRendering>();
    });
    m_ui->releaseDateEdit->setMinimumDate(NoDate);
    m_ui->releaseDateEdit->setSpecialValueText(tr("no date"));
    m_ui->releaseDateEdit->setDisplayFormat(shortDateFormat());
    m_ui->embargoEdit->setDisplayFormat(shortDateFormat() + QStringLiteral(" HH:mm"));
    m_ui->fieldsForm->setRowVisible(m_ui->datelineOffer, false);
    connectFields();
    connectToolbar();
    clear();
}

ReleaseEditor::~ReleaseEditor()
{
    m_ui->leadEdit->removeEventFilter(this);
    m_ui->bodyEdit->disconnect(this);
}

BodyEdit *ReleaseEditor::body() const
{
    return m_ui->bodyEdit;
}

void ReleaseEditor::connectFields()
{
    for (QLineEdit *field : {m_ui->headlineEdit, m_ui->subheadlineEdit, m_ui->placeEdit}) {
        connect(field, &QLineEdit::textEdited, this, &ReleaseEditor::noteEdit);
        connect(field, &QLineEdit::editingFinished, this, &ReleaseEditor::fieldLeft);
    }
    connect(m_ui->releaseDateEdit, &QDateEdit::dateChanged, this, &ReleaseEditor::noteEdit);
    connect(m_ui->embargoCheck, &QCheckBox::toggled, this, &ReleaseEditor::noteEdit);
    connect(m_ui->embargoEdit, &QDateTimeEdit::dateTimeChanged, this, &ReleaseEditor::noteEdit);
    connect(m_ui->leadEdit, &QPlainTextEdit::textChanged, this, &ReleaseEditor::noteEdit);
    m_ui->leadEdit->installEventFilter(this);
    QTextDocument *document = m_ui->bodyEdit->document();
    connect(document, &QTextDocument::contentsChanged, this, [this, document] {
        if (document->isModified())
            noteEdit();
    });
    connect(m_ui->bodyEdit, &BodyEdit::focusLeft, this, &ReleaseEditor::fieldLeft);
    connect(m_ui->bodyEdit, &BodyEdit::textPasted, this,
            [this](const QString &text) { offerDateline(m_ui->bodyEdit->document(), text); });
    connect(m_ui->leadEdit, &PastedTextEdit::textPasted, this,
            [this](const QString &text) { offerDateline(m_ui->leadEdit->document(), text); });
    connect(m_ui->useDatelineButton, &QPushButton::clicked, this, &ReleaseEditor::useOfferedDateline);
    connect(m_ui->dismissDatelineButton, &QPushButton::clicked, this, &ReleaseEditor::withdrawDatelineOffer);
    connect(m_ui->bodyEdit, &BodyEdit::addToDictionaryRequested, this,
            &ReleaseEditor::addToDictionaryRequested);
    connect(m_ui->bodyEdit, &QTextEdit::cursorPositionChanged, this, &ReleaseEditor::updateToolbar);
    connect(m_ui->bodyEdit, &QTextEdit::currentCharFormatChanged, this, &ReleaseEditor::updateToolbar);

    connect(m_ui->boilerplateCombo, qOverload<int>(&QComboBox::activated), this, [this] {
        PressRelease changed = release();
        changed.boilerplateOrganisationId = m_ui->boilerplateCombo->currentData().toLongLong();
        if (changed.boilerplateOrganisationId != m_release.boilerplateOrganisationId)
            Q_EMIT linksChangeRequested(changed, tr("Change boilerplate"));
    });
    connect(m_ui->addContactButton, &QPushButton::clicked, this, [this] {
        const RecordId id = m_ui->contactCombo->currentData().toLongLong();
        PressRelease changed = release();
        if (id == 0 || changed.contactIds.contains(id))
            return;
        changed.contactIds.append(id);
        Q_EMIT linksChangeRequested(changed, tr("Add %1 to the press contact").arg(m_contactNames.value(id)));
    });
    connect(m_ui->removeContactButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->contactList->currentRow();
        PressRelease changed = release();
        if (row < 0 || row >= changed.contactIds.size())
            return;
        const RecordId id = changed.contactIds.takeAt(row);
        Q_EMIT linksChangeRequested(changed,
                                    tr("Remove %1 from the press contact").arg(m_contactNames.value(id)));
    });
}

void ReleaseEditor::connectToolbar()
{
    connect(m_ui->boldButton, &QToolButton::clicked, this, &ReleaseEditor::toggleBold);
    connect(m_ui->italicButton, &QToolButton::clicked, this, &ReleaseEditor::toggleItalic);
    connect(m_ui->linkButton, &QToolButton::clicked, this, &ReleaseEditor::editLink);
    connect(m_ui->subheadingButton, &QToolButton::clicked, this, &ReleaseEditor::toggleSubheading);
    connect(m_ui->listButton, &QToolButton::clicked, this, &ReleaseEditor::toggleList);
    connect(m_ui->quoteButton, &QToolButton::clicked, this, &ReleaseEditor::insertQuoteRequested);
    connect(m_ui->timelineButton, &QToolButton::clicked, this, &ReleaseEditor::insertTimelineRequested);
    connect(m_ui->photoButton, &QToolButton::clicked, this, &ReleaseEditor::insertPhotoRequested);
    connect(m_ui->moveUpButton, &QToolButton::clicked, this, [this] { Q_EMIT moveBlockRequested(-1); });
    connect(m_ui->moveDownButton, &QToolButton::clicked, this, [this] { Q_EMIT moveBlockRequested(1); });
    connect(m_ui->removeBlockButton, &QToolButton::clicked, this, &ReleaseEditor::removeBlockRequested);
}

bool ReleaseEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->leadEdit && event->type() == QEvent::FocusOut)
        Q_EMIT fieldLeft();
    return QWidget::eventFilter(watched, event);
}

void ReleaseEditor::setStore(Store *store)
{
    m_store = store;
    fillChoices();
}

void ReleaseEditor::setSpellChecker(SpellChecker *checker)
{
    m_ui->bodyEdit->setSpellChecker(checker);
}

void ReleaseEditor::fillChoices()
{
    const bool loading = std::exchange(m_loading, true);
    m_ui->boilerplateCombo->clear();
    m_ui->contactCombo->clear();
    m_contactNames.clear();
    ReleaseChoices::fillBoilerplates(m_ui->boilerplateCombo, m_store);
    m_contactNames = ReleaseChoices::fillContacts(m_ui->contactCombo, m_store);
    m_loading = loading;
}

void ReleaseEditor::fillContactList(const QList<RecordId> &ids)
{
    m_ui->contactList->clear();
    for (RecordId id : ids)
        m_ui->contactList->addItem(m_contactNames.value(id, tr("Contact %1 (deleted)").arg(id)));
}

QHash<int, BlockRendering> ReleaseEditor::renderingsFor(Store &store, const PressRelease &release)
{
    QHash<int, BlockRendering> renderings;
    const DocumentLanguage language;
    Result<ReleaseDocument> document = ReleaseAssembler::assemble(store, release, language);
    if (document) {
        for (const ReleaseDocument::Block &block : std::as_const(document->blocks)) {
            BlockRendering rendering;
            rendering.text = ReleasePlainText::blockText(block, language);
            if (block.kind == ReleaseBlock::Kind::Quote && block.quoteMissing)
                rendering.text = tr("This quote was deleted from the register.");
            else if (block.kind == ReleaseBlock::Kind::Timeline && block.years.isEmpty())
                rendering.text = tr("No approved milestone matches this selection.");
            if (block.kind == ReleaseBlock::Kind::Photo) {
                const QImage image = QImage::fromData(block.photo.data);
                if (!image.isNull())
                    rendering.image = image.scaled(320, 220, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            }
            renderings.insert(block.sourceIndex, rendering);
        }
    }
    for (int index = 0; index < release.content.blocks.size(); ++index) {
        if (release.content.blocks.at(index).kind == ReleaseBlock::Kind::Photo && !renderings.contains(index))
            renderings.insert(index, {QString(), tr("The photo is missing from the file."), QImage()});
    }
    return renderings;
}

void ReleaseEditor::showRelease(const PressRelease &release, int focusBlock)
{
    const bool loading = std::exchange(m_loading, true);
    if (release.meta.id != m_release.meta.id)
        withdrawDatelineOffer(); // it was about another release
    m_release = release;
    m_ui->headlineEdit->setText(release.headline);
    m_ui->subheadlineEdit->setText(release.subheadline);
    m_ui->placeEdit->setText(release.place);
    m_ui->releaseDateEdit->setDate(release.releaseDate.isValid() ? release.releaseDate : NoDate);
    m_ui->embargoCheck->setChecked(release.embargoUntil.isValid());
    const QDateTime embargo =
        release.embargoUntil.isValid()
            ? release.embargoUntil.toTimeZone(DocumentLanguage::timeZone())
            : QDateTime(release.releaseDate.isValid() ? release.releaseDate : QDate::currentDate(),
                        QTime(10, 0));
    m_ui->embargoEdit->setDateTime(QDateTime(embargo.date(), embargo.time()));
    m_ui->leadEdit->setPlainText(release.lead);
    const QHash<int, BlockRendering> renderings =
        m_store ? renderingsFor(*m_store, release) : QHash<int, BlockRendering>();
    ReleaseBodyDocument::write(m_ui->bodyEdit->document(), release.content, renderings);
    const int boilerplate = m_ui->boilerplateCombo->findData(release.boilerplateOrganisationId);
    m_ui->boilerplateCombo->setCurrentIndex(std::max(0, boilerplate));
    fillContactList(release.contactIds);
    m_modified = false;
    setLocked(release.state == ReleaseState::Published);
    setEnabled(release.meta.id != 0);
    if (focusBlock >= 0)
        this->focusBlock(focusBlock);
    updateToolbar();
    m_loading = loading;
}

void ReleaseEditor::focusBlock(int blockIndex)
{
    QList<int> mapping;
    ReleaseBodyDocument::read(m_ui->bodyEdit->document(), &mapping);
    const int paragraph = int(mapping.lastIndexOf(blockIndex));
    if (paragraph < 0)
        return;
    QTextCursor cursor(m_ui->bodyEdit->document()->findBlockByNumber(paragraph));
    cursor.movePosition(QTextCursor::EndOfBlock);
    m_ui->bodyEdit->setTextCursor(cursor);
    m_ui->bodyEdit->ensureCursorVisible();
}

void ReleaseEditor::focusHeadline()
{
    m_ui->headlineEdit->setFocus();
    m_ui->headlineEdit->selectAll();
}

void ReleaseEditor::clear()
{
    showRelease(PressRelease());
}

PressRelease ReleaseEditor::release() const
{
    PressRelease release = m_release;
    release.headline = m_ui->headlineEdit->text();
    release.subheadline = m_ui->subheadlineEdit->text();
    release.place = m_ui->placeEdit->text();
    const QDate date = m_ui->releaseDateEdit->date();
    release.releaseDate = date == NoDate ? QDate() : date;
    if (m_ui->embargoCheck->isChecked()) {
        const QDateTime shown = m_ui->embargoEdit->dateTime();
        release.embargoUntil = QDateTime(shown.date(), shown.time(), DocumentLanguage::timeZone()).toUTC();
    } else {
        release.embargoUntil = QDateTime();
    }
    release.lead = m_ui->leadEdit->toPlainText();
    release.content = ReleaseBodyDocument::read(m_ui->bodyEdit->document());
    return release;
}

void ReleaseEditor::markSaved(const PressRelease &saved)
{
    m_release = saved;
    m_modified = false;
    m_ui->bodyEdit->document()->setModified(false);
    setLocked(saved.state == ReleaseState::Published);
}

void ReleaseEditor::setLocked(bool locked)
{
    m_locked = locked;
    for (QLineEdit *field : {m_ui->headlineEdit, m_ui->subheadlineEdit, m_ui->placeEdit})
        field->setReadOnly(locked);
    m_ui->leadEdit->setReadOnly(locked);
    m_ui->bodyEdit->setReadOnly(locked);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->releaseDateEdit, m_ui->embargoCheck, m_ui->toolbarRow, m_ui->boilerplateCombo,
             m_ui->contactCombo, m_ui->addContactButton, m_ui->removeContactButton})
        widget->setEnabled(!locked);
    m_ui->embargoEdit->setEnabled(!locked && m_ui->embargoCheck->isChecked());
}

void ReleaseEditor::noteEdit()
{
    if (m_loading || m_locked)
        return;
    m_modified = true;
    Q_EMIT edited();
}

int ReleaseEditor::currentBlockIndex() const
{
    QList<int> mapping;
    ReleaseBodyDocument::read(m_ui->bodyEdit->document(), &mapping);
    return mapping.value(m_ui->bodyEdit->textCursor().blockNumber(), -1);
}

int ReleaseEditor::insertionIndex() const
{
    QList<int> mapping;
    ReleaseBodyDocument::read(m_ui->bodyEdit->document(), &mapping);
    for (int paragraph = m_ui->bodyEdit->textCursor().blockNumber(); paragraph >= 0; --paragraph) {
        if (mapping.value(paragraph, -1) >= 0)
            return mapping.at(paragraph) + 1;
    }
    return 0;
}

void ReleaseEditor::updateToolbar()
{
    const QTextCursor cursor = m_ui->bodyEdit->textCursor();
    const QTextCharFormat format = m_ui->bodyEdit->currentCharFormat();
    m_ui->boldButton->setChecked(format.fontWeight() >= QFont::DemiBold);
    m_ui->italicButton->setChecked(format.fontItalic());
    m_ui->subheadingButton->setChecked(ReleaseBodyDocument::isSubheading(cursor.block()));
    m_ui->listButton->setChecked(cursor.block().textList() != nullptr);
    const bool onText = !ReleaseBodyDocument::isObjectParagraph(cursor.block());
    for (QWidget *button :
         std::initializer_list<QWidget *>{m_ui->boldButton, m_ui->italicButton, m_ui->linkButton,
                                          m_ui->subheadingButton, m_ui->listButton})
        button->setEnabled(onText);
}

void ReleaseEditor::toggleBold(bool bold)
{
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    m_ui->bodyEdit->mergeCurrentCharFormat(format);
    m_ui->bodyEdit->setFocus();
}

void ReleaseEditor::toggleItalic(bool italic)
{
    QTextCharFormat format;
    format.setFontItalic(italic);
    m_ui->bodyEdit->mergeCurrentCharFormat(format);
    m_ui->bodyEdit->setFocus();
}

void ReleaseEditor::editLink()
{
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    const QString current = m_ui->bodyEdit->currentCharFormat().anchorHref();
    bool ok = false;
    QString address =
        QInputDialog::getText(this, tr("Link"), tr("Web or e-mail address (empty to remove the link):"),
                              QLineEdit::Normal, current, &ok)
            .trimmed();
    if (!ok)
        return;
    if (!address.isEmpty() && !address.contains(QLatin1Char(':')))
        address = address.contains(QLatin1Char('@')) ? QStringLiteral("mailto:") + address
                                                     : QStringLiteral("https://") + address;
    if (!address.isEmpty() && !isAllowedLink(address)) {
        Dialogs::showError(this, tr("Link"),
                           tr("“%1” is not a web address (https://…) or an e-mail address.").arg(address));
        return;
    }
    QTextCharFormat format;
    format.setAnchor(!address.isEmpty());
    format.setAnchorHref(address);
    format.setFontUnderline(!address.isEmpty());
    format.setForeground(address.isEmpty() ? m_ui->bodyEdit->palette().text()
                                           : QBrush(QColor(0x1a, 0x5f, 0xb4)));
    if (!cursor.hasSelection() && !address.isEmpty()) {
        QString shown = address;
        if (shown.startsWith(QLatin1String("mailto:")))
            shown = shown.mid(7);
        cursor.insertText(shown, format);
    } else {
        cursor.mergeCharFormat(format);
    }
    m_countCache.clear(); // a link changes what is counted without changing the text
    noteEdit();
}

void ReleaseEditor::toggleSubheading(bool subheading)
{
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    ReleaseBodyDocument::setSubheading(cursor, subheading);
    m_countCache.clear();
    m_ui->bodyEdit->setFocus();
}

void ReleaseEditor::toggleList(bool list)
{
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    cursor.beginEditBlock();
    if (list) {
        if (ReleaseBodyDocument::isSubheading(cursor.block()))
            ReleaseBodyDocument::setSubheading(cursor, false);
        QTextList *previous = cursor.block().previous().textList();
        if (previous) {
            previous->add(cursor.block());
        } else {
            QTextListFormat format;
            format.setStyle(QTextListFormat::ListDisc);
            cursor.createList(format);
        }
    } else if (QTextList *current = cursor.block().textList()) {
        current->remove(cursor.block());
        QTextBlockFormat format = cursor.blockFormat();
        format.setIndent(0);
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
    m_countCache.clear();
    m_ui->bodyEdit->setFocus();
}

TextStatistics ReleaseEditor::countedPart(const QString &text) const
{
    const auto cached = m_countCache.constFind(text);
    if (cached != m_countCache.constEnd())
        return *cached;
    if (m_countCache.size() > CountCacheLimit)
        m_countCache.clear();
    const TextStatistics statistics = TextStatistics::of(text);
    m_countCache.insert(text, statistics);
    return statistics;
}

TextStatistics ReleaseEditor::releaseCounts() const
{
    TextStatistics total =
        countedPart(ReleasePlainText::headingText(m_ui->headlineEdit->text(), m_ui->subheadlineEdit->text()));
    total += leadCounts();
    for (QTextBlock block = m_ui->bodyEdit->document()->begin(); block.isValid(); block = block.next()) {
        // Keyed by what the paragraph shows; a paragraph typed in is counted anew, the others come from
        // the cache. (Link changes clear the cache: they change the count, not the text.)
        const bool object = ReleaseBodyDocument::isObjectParagraph(block);
        const QString key = object ? ReleaseBodyDocument::renderedText(block)
                                   : (block.textList() ? QStringLiteral("– ") : QString()) + block.text();
        const auto cached = m_countCache.constFind(QLatin1Char('\x01') + key);
        if (cached != m_countCache.constEnd()) {
            total += *cached;
            continue;
        }
        const TextStatistics statistics = TextStatistics::of(ReleaseBodyDocument::printedText(block));
        m_countCache.insert(QLatin1Char('\x01') + key, statistics);
        total += statistics;
    }
    total.finish();
    return total;
}

TextStatistics ReleaseEditor::leadCounts() const
{
    const QDate date = m_ui->releaseDateEdit->date();
    TextStatistics lead = countedPart(ReleasePlainText::leadText(DocumentLanguage(), m_ui->placeEdit->text(),
                                                                 date == NoDate ? QDate() : date,
                                                                 m_ui->leadEdit->toPlainText()));
    lead.finish();
    return lead;
}

void ReleaseEditor::offerDateline(QTextDocument *pastedInto, const QString &pasted)
{
    const std::optional<Dateline> found = TimelineTextParser::dateline(pasted);
    if (!found || m_locked)
        return;
    m_datelineOffer = {pastedInto, pasted.mid(found->offset, found->length), found->place,
                       found->date.firstDay()};
    m_ui->datelineOfferLabel->setText(
        tr("The pasted text opens with the dateline “%1”. Use it as this release's place and date, and take "
           "it out of the text?")
            .arg(m_datelineOffer.text.trimmed()));
    m_ui->fieldsForm->setRowVisible(m_ui->datelineOffer, true);
}

void ReleaseEditor::useOfferedDateline()
{
    const DatelineOffer offer = m_datelineOffer;
    withdrawDatelineOffer();
    m_ui->placeEdit->setText(offer.place);
    m_ui->releaseDateEdit->setDate(offer.date);
    if (offer.pastedInto) {
        // The printed release sets its own dateline from place and date; the pasted one would repeat it.
        QTextCursor cursor = offer.pastedInto->find(offer.text);
        if (!cursor.isNull())
            cursor.removeSelectedText();
    }
    noteEdit();
}

void ReleaseEditor::withdrawDatelineOffer()
{
    m_datelineOffer = {};
    m_ui->fieldsForm->setRowVisible(m_ui->datelineOffer, false);
}

} // namespace pressdesk
