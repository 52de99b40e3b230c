#include "contacteditor.h"
#include "core/displaydates.h"

#include "dialogs.h"
#include "models/contactchannelmodel.h"
#include "models/organisationchoicemodel.h"
#include "statestyle.h"
#include "ui_contacteditor.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPixmap>
#include <QRegularExpression>
#include <QStringListModel>
#include <QStyledItemDelegate>

namespace pressdesk {

namespace {

// A QDateEdit cannot be empty; its earliest date stands for "no consent recorded" and shows as such.
const QDate noConsentDate(1900, 1, 1);

// Chooses the kind of a channel from a list instead of typing it.
class ChannelKindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != ContactChannelModel::KindColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("channelKindEditor"));
        for (ChannelKind kind : ContactChannelModel::allKinds())
            combo->addItem(displayName(kind), int(kind));
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor);
            combo && index.column() == ContactChannelModel::KindColumn) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor);
            combo && index.column() == ContactChannelModel::KindColumn) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

// Completes the topic being typed after the last comma, keeping the topics before it.
class TopicCompleter : public QCompleter
{
public:
    TopicCompleter(QLineEdit *edit, QObject *parent)
        : QCompleter(parent)
        , m_edit(edit)
    {
        setModel(new QStringListModel(this));
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchStartsWith);
        setCompletionMode(QCompleter::PopupCompletion);
    }

    void setTopics(const QStringList &topics)
    {
        static_cast<QStringListModel *>(model())->setStringList(topics);
    }

    QStringList splitPath(const QString &path) const override { return {lastTopic(path).trimmed()}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = m_edit->text();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return before + index.data().toString();
    }

private:
    static QString lastTopic(const QString &text)
    {
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        return comma < 0 ? text : text.mid(comma + 1);
    }

    QLineEdit *m_edit;
};

} // namespace

ContactEditor::ContactEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ContactEditor>())
    , m_channels(new ContactChannelModel(this))
{
    m_ui->setupUi(this);
    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_ui->headingLabel->setFont(headingFont);

    for (const QString &honorific :
         {QString(), QStringLiteral("Frau"), QStringLiteral("Herr"), QStringLiteral("Dr."),
          QStringLiteral("Frau Dr."), QStringLiteral("Herr Dr."), QStringLiteral("Prof."),
          QStringLiteral("Prof. Dr."), QStringLiteral("Frau Prof. Dr."), QStringLiteral("Herr Prof. Dr.")})
        m_ui->honorificCombo->addItem(honorific);

    for (QLabel *label : {m_ui->nameErrorLabel, m_ui->channelsErrorLabel, m_ui->consentErrorLabel}) {
        StateStyle::setTone(label, Tone::Error);
        label->hide();
    }
    for (QLabel *hint : {m_ui->channelsHintLabel, m_ui->stateLabel})
        StateStyle::setTone(hint, Tone::Muted);

    m_ui->channelTable->setModel(m_channels);
    m_channels->setPublicationCheck([this] { return confirmPublicWithoutConsent(); });
    m_ui->addressEditor->setPublicationCheck([this] { return confirmPublicWithoutConsent(); });
    m_ui->channelTable->setItemDelegate(new ChannelKindDelegate(m_ui->channelTable));
    m_ui->channelTable->verticalHeader()->hide();
    m_ui->channelTable->verticalHeader()->setDefaultSectionSize(m_ui->channelTable->fontMetrics().height() +
                                                                10);
    QHeaderView *header = m_ui->channelTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ContactChannelModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContactChannelModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ContactChannelModel::LabelColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ContactChannelModel::PublicColumn, QHeaderView::ResizeToContents);
    // Labels ("Mobil", "Büro des Oberbürgermeisters") are shown whole while they leave the address most
    // of the room.
    m_ui->channelTable->viewport()->installEventFilter(this);
    connect(m_channels, &QAbstractItemModel::modelReset, this, &ContactEditor::fitLabelColumn);
    connect(m_channels, &QAbstractItemModel::dataChanged, this, &ContactEditor::fitLabelColumn);
    connect(m_channels, &QAbstractItemModel::rowsInserted, this, &ContactEditor::fitLabelColumn);

    auto *kindMenu = new QMenu(m_ui->addChannelButton);
    for (ChannelKind kind : ContactChannelModel::allKinds()) {
        QAction *action = kindMenu->addAction(displayName(kind));
        action->setObjectName(QStringLiteral("addChannel_") + toStorageString(kind));
        connect(action, &QAction::triggered, this, [this, kind] { addChannel(kind); });
    }
    m_ui->addChannelButton->setMenu(kindMenu);
    connect(m_ui->addChannelButton, &QToolButton::clicked, this, [this] {
        // The first channel is usually the e-mail address, the next ones phone numbers.
        bool hasEmail = false;
        for (const ContactChannel &channel : m_channels->channels())
            hasEmail = hasEmail || channel.kind == ChannelKind::Email;
        addChannel(hasEmail ? ChannelKind::Phone : ChannelKind::Email);
    });
    connect(m_ui->removeChannelButton, &QToolButton::clicked, this, &ContactEditor::removeChannel);
    connect(m_ui->channelTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_ui->removeChannelButton->setEnabled(m_ui->channelTable->currentIndex().isValid()); });

    auto *completer = new TopicCompleter(m_ui->topicsEdit, this);
    completer->setObjectName(QStringLiteral("topicCompleter"));
    m_ui->topicsEdit->setCompleter(completer);

    m_ui->consentDateEdit->setMinimumDate(noConsentDate);
    m_ui->consentDateEdit->setSpecialValueText(tr("no consent recorded"));
    m_ui->consentDateEdit->setDisplayFormat(shortDateFormat());
    m_ui->consentDateEdit->calendarWidget()->installEventFilter(this);
    m_ui->consentDateEdit->installEventFilter(this);
    connect(m_ui->consentTodayButton, &QToolButton::clicked, this,
            [this] { setConsentDate(QDate::currentDate()); });
    connect(m_ui->clearConsentButton, &QToolButton::clicked, this, [this] { setConsentDate({}); });

    for (QLineEdit *edit : {m_ui->givenNameEdit, m_ui->familyNameEdit, m_ui->roleEdit, m_ui->topicsEdit,
                            m_ui->consentNoteEdit, m_ui->additionalNamesEdit, m_ui->suffixEdit,
                            m_ui->nicknameEdit, m_ui->displayNameEdit, m_ui->departmentEdit})
        connect(edit, &QLineEdit::textChanged, this, &ContactEditor::edited);
    // The display name's placeholder is the name the parts make, so an empty field says what is shown.
    for (QLineEdit *edit :
         {m_ui->givenNameEdit, m_ui->familyNameEdit, m_ui->additionalNamesEdit, m_ui->suffixEdit})
        connect(edit, &QLineEdit::textChanged, this, &ContactEditor::updateDisplayNamePlaceholder);
    connect(m_ui->honorificCombo, &QComboBox::currentTextChanged, this,
            &ContactEditor::updateDisplayNamePlaceholder);
    connect(m_ui->addressEditor, &AddressListEditor::edited, this, &ContactEditor::edited);
    connect(m_ui->honorificCombo, &QComboBox::currentTextChanged, this, &ContactEditor::edited);
    connect(m_ui->organisationCombo, &QComboBox::currentIndexChanged, this, &ContactEditor::edited);
    connect(m_ui->availableCheck, &QCheckBox::toggled, this, &ContactEditor::edited);
    connect(m_ui->consentDateEdit, &QDateEdit::dateChanged, this, &ContactEditor::edited);
    connect(m_ui->internalNoteEdit, &QPlainTextEdit::textChanged, this, &ContactEditor::edited);
    connect(m_channels, &ContactChannelModel::edited, this, &ContactEditor::edited);

    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        // A channel cell still being edited belongs to what is saved.
        m_ui->channelTable->setCurrentIndex({});
        showAllProblems();
        if (m_valid && m_modified)
            Q_EMIT saveRequested();
    });
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] { setContact(m_original); });
    connect(m_ui->editOrganisationButton, &QToolButton::clicked, this,
            [this] { Q_EMIT editOrganisationRequested(organisationId()); });
    connect(m_ui->createOrganisationButton, &QToolButton::clicked, this,
            &ContactEditor::newOrganisationRequested);

    m_organisationChoices = new OrganisationChoiceModel(tr("No organisation"), this);
    m_ui->organisationCombo->setModel(m_organisationChoices);
    setOrganisations({});
    setContact(Contact{});
}

ContactEditor::~ContactEditor() = default;

void ContactEditor::setOrganisations(const QList<OrganisationChoice> &organisations)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const RecordId chosen = organisationId();
    m_organisationChoices->setUnknown(0, {});
    m_organisationChoices->setChoices(organisations);
    selectOrganisationRow(chosen);
    m_loading = wasLoading;
    if (!m_loading)
        edited();
}

void ContactEditor::selectOrganisationRow(RecordId id)
{
    // Keep the contact's organisation even if the list does not know it (yet), so that nothing is lost.
    int row = m_organisationChoices->rowOf(id);
    if (row < 0 && id != 0) {
        m_organisationChoices->setUnknown(id, tr("Organisation %1").arg(id));
        row = m_organisationChoices->rowOf(id);
    }
    m_ui->organisationCombo->setCurrentIndex(std::max(0, row));
}

void ContactEditor::setTopicSuggestions(const QStringList &topics)
{
    static_cast<TopicCompleter *>(m_ui->topicsEdit->completer())->setTopics(topics);
}

void ContactEditor::setContact(const Contact &contact)
{
    m_loading = true;
    m_original = contact;
    m_showAll = false;
    m_publicWithoutConsentConfirmed = false;
    m_ui->honorificCombo->setCurrentText(contact.honorific);
    m_ui->givenNameEdit->setText(contact.givenName);
    m_ui->familyNameEdit->setText(contact.familyName);
    m_ui->additionalNamesEdit->setText(contact.additionalNames);
    m_ui->suffixEdit->setText(contact.honorificSuffix);
    m_ui->nicknameEdit->setText(contact.nickname);
    m_ui->displayNameEdit->setText(contact.formattedName);
    m_ui->roleEdit->setText(contact.role);
    m_ui->departmentEdit->setText(contact.department);
    m_ui->addressEditor->setAddresses(contact.addresses);
    showPhoto(contact);
    updateDisplayNamePlaceholder();
    selectOrganisationRow(contact.organisationId);
    m_channels->setChannels(contact.channels);
    m_ui->removeChannelButton->setEnabled(false);
    m_ui->topicsEdit->setText(contact.pressTopics.join(QStringLiteral(", ")));
    m_ui->availableCheck->setChecked(contact.availableForPress);
    setConsentDate(contact.consentOn);
    m_ui->consentNoteEdit->setText(contact.consentNote);
    m_ui->internalNoteEdit->setPlainText(contact.internalNote);
    // Long texts show their beginning, not the end where setText() leaves the cursor.
    for (QLineEdit *edit :
         {m_ui->givenNameEdit, m_ui->familyNameEdit, m_ui->roleEdit, m_ui->topicsEdit, m_ui->consentNoteEdit})
        edit->setCursorPosition(0);
    m_loading = false;
    m_modified = false;
    edited();
}

Contact ContactEditor::contact() const
{
    Contact edited = m_original;
    edited.honorific = m_ui->honorificCombo->currentText().trimmed();
    edited.givenName = m_ui->givenNameEdit->text().trimmed();
    edited.familyName = m_ui->familyNameEdit->text().trimmed();
    edited.additionalNames = m_ui->additionalNamesEdit->text().trimmed();
    edited.honorificSuffix = m_ui->suffixEdit->text().trimmed();
    edited.nickname = m_ui->nicknameEdit->text().trimmed();
    edited.formattedName = m_ui->displayNameEdit->text().trimmed();
    edited.role = m_ui->roleEdit->text().trimmed();
    edited.department = m_ui->departmentEdit->text().trimmed();
    edited.addresses = m_ui->addressEditor->addresses();
    edited.organisationId = organisationId();
    edited.channels = m_channels->channels();
    for (ContactChannel &channel : edited.channels) {
        channel.value = channel.value.trimmed();
        channel.label = channel.label.trimmed();
    }
    edited.pressTopics = parseTopics(m_ui->topicsEdit->text());
    edited.availableForPress = m_ui->availableCheck->isChecked();
    edited.consentOn = consentDate();
    edited.consentNote = m_ui->consentNoteEdit->text().trimmed();
    edited.internalNote = m_ui->internalNoteEdit->toPlainText();
    return edited;
}

void ContactEditor::showPhoto(const Contact &contact)
{
    QPixmap photo;
    if (!contact.photo.isEmpty() && photo.loadFromData(contact.photo)) {
        m_ui->photoLabel->setPixmap(
            photo.scaled(m_ui->photoLabel->maximumSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_ui->photoLabel->setToolTip(tr("Photo from the address book"));
        m_ui->photoLabel->show();
    } else {
        m_ui->photoLabel->clear();
        m_ui->photoLabel->hide();
    }
}

void ContactEditor::updateDisplayNamePlaceholder()
{
    Contact parts;
    parts.honorific = m_ui->honorificCombo->currentText().trimmed();
    parts.givenName = m_ui->givenNameEdit->text().trimmed();
    parts.additionalNames = m_ui->additionalNamesEdit->text().trimmed();
    parts.familyName = m_ui->familyNameEdit->text().trimmed();
    parts.honorificSuffix = m_ui->suffixEdit->text().trimmed();
    m_ui->displayNameEdit->setPlaceholderText(parts.composedName());
}

RecordId ContactEditor::organisationId() const
{
    return m_ui->organisationCombo->currentData().toLongLong();
}

void ContactEditor::chooseOrganisation(RecordId id)
{
    const int row = m_organisationChoices->rowOf(id);
    if (row >= 0)
        m_ui->organisationCombo->setCurrentIndex(row);
}

void ContactEditor::focusName()
{
    m_ui->givenNameEdit->setFocus();
    m_ui->givenNameEdit->selectAll();
}

QStringList ContactEditor::parseTopics(const QString &text)
{
    QStringList topics;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString topic = part.simplified();
        if (!topic.isEmpty() && !topics.contains(topic, Qt::CaseInsensitive))
            topics.append(topic);
    }
    return topics;
}

bool ContactEditor::sameFields(const Contact &a, const Contact &b)
{
    return a.honorific == b.honorific && a.givenName == b.givenName && a.familyName == b.familyName &&
           a.role == b.role && a.organisationId == b.organisationId && a.pressTopics == b.pressTopics &&
           a.availableForPress == b.availableForPress && a.consentOn == b.consentOn &&
           a.consentNote == b.consentNote && a.internalNote == b.internalNote && a.channels == b.channels &&
           a.additionalNames == b.additionalNames && a.honorificSuffix == b.honorificSuffix &&
           a.nickname == b.nickname && a.formattedName == b.formattedName && a.department == b.department &&
           a.addresses == b.addresses;
}

void ContactEditor::fitLabelColumn()
{
    QAbstractItemView *table = m_ui->channelTable; // QTableView hides sizeHintForColumn()
    QHeaderView *header = m_ui->channelTable->horizontalHeader();
    const auto wanted = [&](int column) {
        return std::max(header->sectionSizeHint(column), table->sizeHintForColumn(column));
    };
    const int room = table->viewport()->width() - header->sectionSize(ContactChannelModel::KindColumn) -
                     header->sectionSize(ContactChannelModel::PublicColumn);
    // The address first: a label is cut before it, but keeps at least a third of the room.
    const int label = std::min(wanted(ContactChannelModel::LabelColumn),
                               std::max(room - wanted(ContactChannelModel::ValueColumn), room / 3));
    header->resizeSection(ContactChannelModel::LabelColumn, std::max(label, 40));
}

bool ContactEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->channelTable->viewport() && event->type() == QEvent::Resize)
        fitLabelColumn();
    // Tab leaves the consent date for the next field. While it shows "no consent recorded" (its special
    // value), QDateEdit keeps Tab for its sections and the keyboard could never get past it.
    if (watched == m_ui->consentDateEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            QWidget *next = m_ui->consentDateEdit;
            do {
                next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
            } while (next != m_ui->consentDateEdit &&
                     (m_ui->consentDateEdit->isAncestorOf(next) || !next->isVisible() || !next->isEnabled() ||
                      next->focusProxy() || !(next->focusPolicy() & Qt::TabFocus)));
            next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    // The calendar of an empty consent date opens at today, not in 1900.
    if (watched == m_ui->consentDateEdit->calendarWidget() && event->type() == QEvent::Show &&
        !consentDate().isValid()) {
        const QDate today = QDate::currentDate();
        m_ui->consentDateEdit->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

void ContactEditor::showAllProblems()
{
    m_showAll = true;
    validate();
}

void ContactEditor::edited()
{
    if (m_loading)
        return;
    const bool wasModified = m_modified;
    m_modified = !sameFields(contact(), m_original);
    validate();
    updateHeading();
    m_ui->revertButton->setEnabled(m_modified);
    m_ui->editOrganisationButton->setEnabled(organisationId() != 0);
    m_ui->clearConsentButton->setEnabled(consentDate().isValid());
    if (m_modified != wasModified)
        Q_EMIT modifiedChanged(m_modified);
}

void ContactEditor::validate()
{
    const Contact edited = contact();
    const ValidationResult rules = edited.validate();
    m_valid = rules.isValid();
    // A new, untouched form is not yet "wrong"; its missing name is said once the user starts or saves.
    const bool quietName =
        !m_showAll && isNewContact() && edited.givenName.isEmpty() && edited.familyName.isEmpty();
    showProblem(m_ui->nameErrorLabel, m_ui->familyNameEdit,
                quietName ? QString() : rules.messageFor(QStringLiteral("familyName")));
    QStringList channelProblems;
    for (const ValidationResult::Problem &problem : rules.problems()) {
        if (problem.field == QLatin1String("channels") && !channelProblems.contains(problem.message))
            channelProblems.append(problem.message);
    }
    // No red frame around the table: the message under it says which channel is meant.
    showProblem(m_ui->channelsErrorLabel, nullptr, channelProblems.join(QLatin1Char('\n')));
    showProblem(m_ui->consentErrorLabel, m_ui->consentDateEdit,
                rules.messageFor(QStringLiteral("consentOn")));
    m_ui->saveButton->setEnabled(m_modified && m_valid);
}

void ContactEditor::updateHeading()
{
    const QString name = contact().displayName();
    if (isNewContact())
        m_ui->headingLabel->setText(name.isEmpty() ? tr("New contact") : tr("New contact: %1").arg(name));
    else
        m_ui->headingLabel->setText(name.isEmpty() ? m_original.displayName() : name);
    if (isNewContact())
        m_ui->stateLabel->setText(tr("Not saved yet"));
    else if (m_original.meta.updatedAt.isValid())
        m_ui->stateLabel->setText(
            tr("Last changed %1").arg(shortDateTime(m_original.meta.updatedAt.toLocalTime())));
    else
        m_ui->stateLabel->clear();
}

void ContactEditor::showProblem(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!field)
        return;
    StateStyle::markInvalid(field, !message.isEmpty());
}

void ContactEditor::addChannel(ChannelKind kind)
{
    ContactChannel channel;
    channel.kind = kind;
    channel.isPublic = false; // internal until the user makes it public, as imported channels
    const int row = m_channels->addChannel(channel);
    const QModelIndex value = m_channels->index(row, ContactChannelModel::ValueColumn);
    m_ui->channelTable->setCurrentIndex(value);
    m_ui->channelTable->setFocus();
    m_ui->channelTable->edit(value);
}

void ContactEditor::removeChannel()
{
    const QModelIndex current = m_ui->channelTable->currentIndex();
    if (current.isValid())
        m_channels->removeChannel(current.row());
    m_ui->removeChannelButton->setEnabled(m_ui->channelTable->currentIndex().isValid());
}

void ContactEditor::setConsentDate(const QDate &date)
{
    m_ui->consentDateEdit->setDate(date.isValid() ? date : noConsentDate);
    m_ui->clearConsentButton->setEnabled(date.isValid());
}

QDate ContactEditor::consentDate() const
{
    const QDate date = m_ui->consentDateEdit->date();
    return date == noConsentDate ? QDate() : date;
}

bool ContactEditor::confirmPublicWithoutConsent()
{
    if (consentDate().isValid() || m_publicWithoutConsentConfirmed)
        return true;
    const QString name =
        QStringList{m_ui->givenNameEdit->text().trimmed(), m_ui->familyNameEdit->text().trimmed()}
            .join(QLatin1Char(' '))
            .trimmed();
    const int answer = Dialogs::choose(
        this, tr("No Consent Recorded"),
        tr("No consent is recorded for %1. A public channel or postal address is printed in releases and "
           "press kits and goes into exports; under the GDPR that needs the person's consent.\n\nRecord the "
           "date of the consent below, or make it public anyway if it is an official, published address.")
            .arg(name.isEmpty() ? tr("this contact") : name),
        {tr("Make Public"), tr("Keep Internal")});
    m_publicWithoutConsentConfirmed = answer == 0;
    return m_publicWithoutConsentConfirmed;
}

} // namespace pressdesk
