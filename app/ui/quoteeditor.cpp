#include "quoteeditor.h"
#include "core/displaydates.h"

#include "models/quotelistmodel.h"
#include "statestyle.h"
#include "storage/store.h"
#include "ui_quoteeditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeySequence>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStringListModel>

namespace pressdesk {

namespace {

enum SuggestionRoles
{
    ContactIdRole = Qt::UserRole + 1,
    ContactNameRole, // what the line edit shows once chosen
    ContactRoleRole, // the contact's current role, to fill in an empty "role at the time"
};
constexpr int milestoneIdRole = Qt::UserRole + 1;
// The list's order: the milestones linked when the quote was shown first, then the others, each in
// timeline order. Ticking one while editing does not make it jump.
constexpr int milestoneOrderRole = Qt::UserRole + 2;
constexpr int unlinkedRank = 1000000;
constexpr int suggestionLimit = 20;

// "12.03.2016 14:05" in German, "12 Mar 2016 14:05" in English: the date with a four-digit year, in the
// user's time zone.
QString localDateTimeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return shortDateTime(utc.toLocalTime());
}

// An earlier step of the authorisation (already HTML) below the current one, in the muted colour.
QString mutedLine(const QString &text)
{
    return QStringLiteral("<br><span style=\"color:%1\">%2</span>")
        .arg(StatePalette::text(Tone::Muted).name(), text);
}

// Given and family name, as the register shows speakers.
QString personName(const Contact &contact)
{
    return QString(contact.givenName + QLatin1Char(' ') + contact.familyName).trimmed();
}

QStringList topicsFromText(const QString &text)
{
    QStringList topics;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString topic = part.simplified();
        if (!topic.isEmpty() && !topics.contains(topic, Qt::CaseInsensitive))
            topics.append(topic);
    }
    return topics;
}

// The fields the comparison for "modified" looks at: what the editor can change.
bool sameEditableFields(const Quote &a, const Quote &b)
{
    QList<RecordId> milestonesA = a.milestoneIds;
    QList<RecordId> milestonesB = b.milestoneIds;
    std::sort(milestonesA.begin(), milestonesA.end());
    std::sort(milestonesB.begin(), milestonesB.end());
    return a.text == b.text && a.speakerId == b.speakerId &&
           a.speakerRole.trimmed() == b.speakerRole.trimmed() && a.saidOn == b.saidOn &&
           a.context == b.context && a.source == b.source && a.topics == b.topics &&
           milestonesA == milestonesB;
}

} // namespace

QuoteEditor::QuoteEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuoteEditor>())
    , m_speakerSuggestions(new QStandardItemModel(this))
    , m_speakerCompleter(new QCompleter(m_speakerSuggestions, this))
    , m_milestones(new QStandardItemModel(this))
    , m_milestoneFilter(new QSortFilterProxyModel(this))
    , m_releases(new QStringListModel(this))
{
    m_ui->setupUi(this);
    QFont headerFont = m_ui->headerLabel->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_ui->headerLabel->setFont(headerFont);
    StateStyle::setTone(m_ui->modifiedLabel, Tone::Pending, true);
    StateStyle::setTone(m_ui->problemLabel, Tone::Error);
    StateStyle::setTone(m_ui->lockLabel, Tone::Muted, true);
    m_ui->stateDetailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->stateBadgeLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->dateHintLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("Understood as 12. September 2016")));

    // The model is already the search result: the completer shows it as it is, in its order.
    m_speakerCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_speakerCompleter->setCompletionRole(ContactNameRole);
    m_speakerCompleter->setMaxVisibleItems(10);
    connect(m_ui->speakerEdit, &QLineEdit::textEdited, this, &QuoteEditor::searchSpeakers);
    m_ui->speakerEdit->setCompleter(m_speakerCompleter);
    connect(m_speakerCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &QuoteEditor::speakerChosen);

    m_milestoneFilter->setSourceModel(m_milestones);
    m_milestoneFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_milestoneFilter->setSortRole(milestoneOrderRole);
    m_milestoneFilter->sort(0);
    m_ui->milestoneList->setModel(m_milestoneFilter);
    connect(m_ui->milestoneFilterEdit, &QLineEdit::textChanged, m_milestoneFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_milestones, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_loading)
            updateState();
    });
    m_ui->releaseList->setModel(m_releases);

    for (QLineEdit *edit :
         {m_ui->roleEdit, m_ui->dateEdit, m_ui->contextEdit, m_ui->sourceEdit, m_ui->topicsEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                updateState();
        });
    }
    connect(m_ui->speakerEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_loading)
            return;
        if (text.trimmed() != m_speakerName)
            m_speakerId = 0; // a typed name is not a contact until one is chosen
        updateState();
    });
    connect(m_ui->wordingEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            updateState();
    });

    connect(m_ui->saveButton, &QPushButton::clicked, this, &QuoteEditor::saveRequested);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &QuoteEditor::discardRequested);
    auto *saveShortcut =
        new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->saveButton->isEnabled())
            Q_EMIT saveRequested();
    });
    for (QPushButton *button :
         {m_ui->requestButton, m_ui->authoriseButton, m_ui->draftButton, m_ui->withdrawButton})
        button->setProperty("whatItDoes", button->toolTip());
    connect(m_ui->requestButton, &QPushButton::clicked, this,
            [this] { Q_EMIT transitionRequested(AuthorisationState::Requested); });
    connect(m_ui->authoriseButton, &QPushButton::clicked, this,
            [this] { Q_EMIT transitionRequested(AuthorisationState::Authorised); });
    connect(m_ui->draftButton, &QPushButton::clicked, this,
            [this] { Q_EMIT transitionRequested(AuthorisationState::Draft); });
    connect(m_ui->withdrawButton, &QPushButton::clicked, this,
            [this] { Q_EMIT transitionRequested(AuthorisationState::Withdrawn); });
    connect(m_ui->reviseButton, &QPushButton::clicked, this, &QuoteEditor::reviseRequested);
    connect(m_ui->revisionLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT showQuoteRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    clear();
}

QuoteEditor::~QuoteEditor() = default;

void QuoteEditor::setStore(Store *store)
{
    m_store = store;
    loadMilestones();
    clear();
}

void QuoteEditor::reloadMilestones()
{
    const QList<RecordId> checked = checkedMilestones();
    loadMilestones();
    m_loading = true;
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        QStandardItem *item = m_milestones->item(row);
        item->setCheckState(checked.contains(item->data(milestoneIdRole).toLongLong()) ? Qt::Checked
                                                                                       : Qt::Unchecked);
    }
    m_loading = false;
    updateState();
}

void QuoteEditor::focusWording()
{
    m_ui->wordingEdit->setFocus();
    m_ui->wordingEdit->moveCursor(QTextCursor::End);
}

void QuoteEditor::loadMilestones()
{
    m_loading = true;
    m_milestones->clear();
    if (m_store) {
        Result<QList<Milestone>> milestones = m_store->milestones().all();
        if (milestones) {
            for (const Milestone &milestone : std::as_const(*milestones)) {
                auto *item =
                    new QStandardItem(tr("%1 · %2").arg(milestone.start.toDisplayString(), milestone.title));
                item->setData(milestone.meta.id, milestoneIdRole);
                item->setData(unlinkedRank + m_milestones->rowCount(), milestoneOrderRole);
                item->setCheckable(true);
                item->setEditable(false);
                m_milestones->appendRow(item);
            }
        }
    }
    m_loading = false;
}

void QuoteEditor::clear()
{
    m_loading = true;
    m_hasQuote = false;
    m_original = Quote();
    m_speakerId = 0;
    m_speakerName.clear();
    m_ui->wordingEdit->clear();
    for (QLineEdit *edit : {m_ui->speakerEdit, m_ui->roleEdit, m_ui->dateEdit, m_ui->contextEdit,
                            m_ui->sourceEdit, m_ui->topicsEdit})
        edit->clear();
    for (int row = 0; row < m_milestones->rowCount(); ++row)
        m_milestones->item(row)->setCheckState(Qt::Unchecked);
    m_loading = false;
    m_ui->headerLabel->setText(tr("No quote selected"));
    setEnabled(false);
    updateState();
    Q_EMIT hasQuoteChanged(false);
}

QString QuoteEditor::speakerName(RecordId id) const
{
    if (!m_store || id == 0)
        return {};
    Result<Contact> contact = m_store->contacts().find(id);
    if (!contact)
        return {};
    return personName(*contact);
}

void QuoteEditor::setQuote(const Quote &quote)
{
    m_loading = true;
    m_hasQuote = true;
    m_original = quote;
    setEnabled(true);
    m_ui->wordingEdit->setPlainText(quote.text);
    m_speakerId = quote.speakerId;
    m_speakerName = speakerName(quote.speakerId);
    m_ui->speakerEdit->setText(m_speakerName);
    m_ui->roleEdit->setText(quote.speakerRole);
    m_ui->dateEdit->setText(quote.saidOn.toDisplayString());
    m_ui->contextEdit->setText(quote.context);
    m_ui->sourceEdit->setText(quote.source);
    m_ui->topicsEdit->setText(quote.topics.join(QStringLiteral(", ")));
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        QStandardItem *item = m_milestones->item(row);
        const bool linked = quote.milestoneIds.contains(item->data(milestoneIdRole).toLongLong());
        item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
        item->setData((linked ? 0 : unlinkedRank) + row, milestoneOrderRole);
    }
    m_ui->milestoneFilterEdit->clear();
    m_loading = false;
    m_ui->headerLabel->setText(quote.meta.isNew() ? tr("New Quote") : tr("Quote"));
    setContentLocked(isContentLocked(quote.state));
    refreshStoredDetails(quote);
    Q_EMIT hasQuoteChanged(true);
}

void QuoteEditor::refreshStoredDetails(const Quote &stored)
{
    // The authorisation is never edited here, so the stored one is always what to show.
    m_original.state = stored.state;
    m_original.requestedAt = stored.requestedAt;
    m_original.requestedFrom = stored.requestedFrom;
    m_original.authorisedAt = stored.authorisedAt;
    m_original.authorisedBy = stored.authorisedBy;
    m_original.meta = stored.meta;
    setContentLocked(isContentLocked(stored.state));
    updateLinks();
    updateState();
}

void QuoteEditor::setContentLocked(bool locked)
{
    m_ui->wordingEdit->setReadOnly(locked);
    m_ui->speakerEdit->setReadOnly(locked);
    m_ui->roleEdit->setReadOnly(locked);
    m_ui->dateEdit->setReadOnly(locked);
    // A clear button on a field that cannot be changed would do nothing when clicked.
    for (QLineEdit *edit : {m_ui->speakerEdit, m_ui->roleEdit, m_ui->dateEdit})
        edit->setClearButtonEnabled(!locked);
    const QString reason = m_hasQuote ? contentLockReason(m_original.state) : QString();
    m_ui->lockLabel->setText(reason);
    m_ui->lockLabel->setVisible(!reason.isEmpty());
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->wordingEdit, m_ui->speakerEdit,
                                                           m_ui->roleEdit, m_ui->dateEdit})
        StateStyle::markLocked(field, locked);
}

QList<RecordId> QuoteEditor::checkedMilestones() const
{
    QList<RecordId> ids;
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        const QStandardItem *item = m_milestones->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(milestoneIdRole).toLongLong());
    }
    return ids;
}

Quote QuoteEditor::quote() const
{
    Quote edited = m_original;
    edited.text = m_ui->wordingEdit->toPlainText().trimmed();
    edited.speakerId = m_speakerId;
    edited.speakerRole = m_ui->roleEdit->text().trimmed();
    edited.saidOn = PartialDate::parse(m_ui->dateEdit->text());
    edited.context = m_ui->contextEdit->text().trimmed();
    edited.source = m_ui->sourceEdit->text().trimmed();
    edited.topics = topicsFromText(m_ui->topicsEdit->text());
    // Links to milestones that are not in the list (none today) are kept as they were.
    QList<RecordId> milestones = checkedMilestones();
    for (RecordId id : m_original.milestoneIds) {
        bool listed = false;
        for (int row = 0; row < m_milestones->rowCount() && !listed; ++row)
            listed = m_milestones->item(row)->data(milestoneIdRole).toLongLong() == id;
        if (!listed)
            milestones.append(id);
    }
    edited.milestoneIds = milestones;
    return edited;
}

bool QuoteEditor::isModified() const
{
    if (!m_hasQuote)
        return false;
    if (m_original.meta.isNew())
        return !m_ui->wordingEdit->toPlainText().trimmed().isEmpty() ||
               !m_ui->speakerEdit->text().trimmed().isEmpty();
    // An unreadable date is a change too (it cannot be compared as a date).
    QString dateError;
    if (!m_ui->dateEdit->text().trimmed().isEmpty())
        PartialDate::parse(m_ui->dateEdit->text(), &dateError);
    return !dateError.isEmpty() || !sameEditableFields(quote(), m_original);
}

QString QuoteEditor::problems() const
{
    if (!m_hasQuote)
        return {};
    QStringList problems;
    const Quote edited = quote();
    const ValidationResult rules = edited.validate();
    if (const QString text = rules.messageFor(QStringLiteral("text")); !text.isEmpty())
        problems.append(text);
    if (m_speakerId == 0 && !m_ui->speakerEdit->text().trimmed().isEmpty())
        problems.append(
            tr("Choose the speaker from the suggestions, so that the quote is linked to the contact."));
    else if (const QString speaker = rules.messageFor(QStringLiteral("speaker")); !speaker.isEmpty())
        problems.append(speaker);
    QString dateError;
    PartialDate::parse(m_ui->dateEdit->text(), &dateError);
    if (!m_ui->dateEdit->text().trimmed().isEmpty() && !dateError.isEmpty())
        problems.append(dateError);
    return problems.join(QLatin1Char(' '));
}

void QuoteEditor::searchSpeakers(const QString &text)
{
    m_speakerSuggestions->clear();
    if (!m_store || text.trimmed().isEmpty())
        return;
    Result<QList<Contact>> found = m_store->contacts().search(text, suggestionLimit);
    if (!found)
        return;
    for (const Contact &contact : std::as_const(*found)) {
        const QString name = personName(contact);
        auto *item = new QStandardItem(contact.role.isEmpty() ? name : tr("%1 — %2").arg(name, contact.role));
        item->setData(contact.meta.id, ContactIdRole);
        item->setData(name, ContactNameRole);
        item->setData(contact.role, ContactRoleRole);
        m_speakerSuggestions->appendRow(item);
    }
    if (m_speakerSuggestions->rowCount() > 0)
        m_speakerCompleter->complete();
}

void QuoteEditor::speakerChosen(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_speakerId = index.data(ContactIdRole).toLongLong();
    m_speakerName = index.data(ContactNameRole).toString();
    m_ui->speakerEdit->setText(m_speakerName);
    // The role the speaker has now is usually the role at the time of a fresh quote.
    if (m_ui->roleEdit->text().trimmed().isEmpty())
        m_ui->roleEdit->setText(index.data(ContactRoleRole).toString());
    updateState();
}

void QuoteEditor::updateState()
{
    QString dateError;
    const PartialDate date = PartialDate::parse(m_ui->dateEdit->text(), &dateError);
    if (m_ui->dateEdit->text().trimmed().isEmpty()) {
        m_ui->dateHintLabel->setText(tr("Date not known"));
        StateStyle::setTone(m_ui->dateHintLabel, Tone::Muted);
    } else if (date.isValid()) {
        m_ui->dateHintLabel->setText(tr("Understood as %1").arg(date.toDisplayString()));
        StateStyle::setTone(m_ui->dateHintLabel, Tone::Muted);
    } else {
        m_ui->dateHintLabel->setText(tr("Not a date"));
        StateStyle::setTone(m_ui->dateHintLabel, Tone::Error);
    }
    const bool modified = isModified();
    const QString problemText = modified ? problems() : QString();
    m_ui->problemLabel->setText(problemText);
    m_ui->problemLabel->setVisible(!problemText.isEmpty());
    m_ui->modifiedLabel->setVisible(modified);
    m_ui->saveButton->setEnabled(modified && problemText.isEmpty());
    m_ui->discardButton->setEnabled(modified || (m_hasQuote && m_original.meta.isNew()));
    m_ui->milestonesGroup->setTitle(tr("Linked Milestones (%1)").arg(checkedMilestones().size()));
    updateAuthorisation();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void QuoteEditor::updateAuthorisation()
{
    using S = AuthorisationState;
    const S state = m_original.state;
    m_ui->stateBadgeLabel->setText(displayName(state));
    StateStyle::setBadge(m_ui->stateBadgeLabel, StatePalette::of(state));
    QString details;
    if (!m_hasQuote) {
        details.clear();
    } else if (m_original.meta.isNew()) {
        details = tr("Save the quote before asking for its authorisation.");
    } else {
        const QString requested =
            tr("Requested %1 from %2")
                .arg(localDateTimeText(m_original.requestedAt), m_original.requestedFrom.toHtmlEscaped());
        const QString authorised =
            tr("Authorised by %1 on %2")
                .arg(m_original.authorisedBy.toHtmlEscaped(), localDateTimeText(m_original.authorisedAt));
        switch (state) {
        case S::Draft:
            details = tr("Not yet sent for authorisation.");
            break;
        case S::Requested:
            details = requested;
            break;
        case S::Authorised:
            details = authorised;
            if (m_original.requestedAt.isValid())
                details += mutedLine(requested);
            break;
        case S::Withdrawn:
            details = tr("Withdrawn: the quote must no longer be used.");
            if (m_original.authorisedAt.isValid())
                details += mutedLine(authorised);
            break;
        }
    }
    m_ui->stateDetailsLabel->setText(details);

    const bool stored = m_hasQuote && !m_original.meta.isNew();
    const auto offer = [&](QPushButton *button, S to) {
        const bool allowed = stored && isAllowedTransition(state, to);
        button->setEnabled(allowed);
        // A disabled move says why; an enabled one what it does (the form's tooltip).
        button->setToolTip(allowed || !stored ? button->property("whatItDoes").toString()
                                              : transitionRefusal(state, to));
    };
    offer(m_ui->requestButton, S::Requested);
    offer(m_ui->authoriseButton, S::Authorised);
    offer(m_ui->draftButton, S::Draft);
    offer(m_ui->withdrawButton, S::Withdrawn);
    m_ui->reviseButton->setEnabled(stored && canBeRevised(state));
    // Only the moves that make sense now are on show; the others would only crowd the row.
    m_ui->requestButton->setVisible(!stored || state == S::Draft);
    m_ui->authoriseButton->setVisible(stored && state == S::Requested);
    m_ui->draftButton->setVisible(stored && state == S::Requested);
    m_ui->withdrawButton->setVisible(stored && state == S::Authorised);
    m_ui->reviseButton->setVisible(stored && canBeRevised(state));
}

void QuoteEditor::updateLinks()
{
    QStringList releases;
    QString revisionText;
    if (m_store && m_hasQuote && !m_original.meta.isNew()) {
        Result<QList<QuoteReleaseReference>> used =
            m_store->quotes().releaseReferencesUsing(m_original.meta.id);
        if (used) {
            for (const QuoteReleaseReference &release : std::as_const(*used)) {
                releases.append(release.releaseDate.isValid()
                                    ? tr("%1 (%2, %3)")
                                          .arg(release.headline, shortDate(release.releaseDate),
                                               displayName(release.state))
                                    : tr("%1 (%2)").arg(release.headline, displayName(release.state)));
            }
        }
        Result<QList<RecordId>> revisions = m_store->quotes().revisionsOf(m_original.meta.id);
        if (revisions && !revisions->isEmpty()) {
            Result<Quote> newest = m_store->quotes().find(revisions->last());
            if (newest) {
                revisionText =
                    (newest->state == AuthorisationState::Draft
                         ? tr("Revised by a newer draft.")
                         : tr("Revised by a newer quote (%1).").arg(displayName(newest->state))) +
                    QStringLiteral(" <a href=\"quote:%1\">%2</a>").arg(newest->meta.id).arg(tr("Show it"));
            }
        }
    }
    if (m_store && m_hasQuote && m_original.supersedesId != 0) {
        Result<Quote> original = m_store->quotes().find(m_original.supersedesId);
        if (original) {
            const QString when = original->authorisedAt.isValid()
                                     ? shortDate(original->authorisedAt.toLocalTime().date())
                                     : original->saidOn.toDisplayString();
            // One whole sentence per state: a state's name is not glued into another sentence.
            QString text;
            switch (original->state) {
            case AuthorisationState::Authorised:
                text = tr("Revises the authorised quote of %1.").arg(when);
                break;
            case AuthorisationState::Withdrawn:
                text = tr("Revises the withdrawn quote of %1.").arg(when);
                break;
            case AuthorisationState::Requested:
                text = tr("Revises the quote of %1 that awaits authorisation.").arg(when);
                break;
            case AuthorisationState::Draft:
                text = tr("Revises the draft quote of %1.").arg(when);
                break;
            }
            const QString link = QStringLiteral(" <a href=\"quote:%1\">%2</a>")
                                     .arg(original->meta.id)
                                     .arg(tr("Show the original"));
            revisionText = revisionText.isEmpty()
                               ? QString(text + link)
                               : QString(text + link + QStringLiteral("<br>") + revisionText);
        }
    }
    m_ui->revisionLabel->showMessage(revisionText, Tone::Info);
    m_releases->setStringList(releases);
    m_ui->releaseList->setVisible(!releases.isEmpty());
    if (!releases.isEmpty()) {
        // As tall as its rows (up to four), so that the milestones below keep the room.
        const int rowHeight = std::max(m_ui->releaseList->sizeHintForRow(0), fontMetrics().height() + 4);
        m_ui->releaseList->setFixedHeight(int(std::min<qsizetype>(releases.size(), 4)) * rowHeight +
                                          2 * m_ui->releaseList->frameWidth() + 2);
    }
    m_ui->noReleasesLabel->setVisible(releases.isEmpty());
    m_ui->noReleasesLabel->setText(m_hasQuote && m_original.meta.isNew()
                                       ? tr("A new quote is not used anywhere yet.")
                                       : tr("Not used in any release yet."));
}

} // namespace pressdesk
