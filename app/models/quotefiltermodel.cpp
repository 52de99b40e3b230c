#include "quotefiltermodel.h"

#include "quotelistmodel.h"

namespace pressdesk {

QuoteFilterModel::QuoteFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

QString QuoteFilterModel::folded(const QString &text)
{
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.replace(QChar(0x00df), QLatin1String("ss"));
}

void QuoteFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void QuoteFilterModel::setSpeakerId(RecordId speakerId)
{
    if (speakerId == m_speakerId)
        return;
    m_speakerId = speakerId;
    invalidateFilter();
}

void QuoteFilterModel::setState(std::optional<AuthorisationState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void QuoteFilterModel::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    m_topic = topic;
    invalidateFilter();
}

bool QuoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_speakerId != 0 && index.data(QuoteListModel::SpeakerIdRole).toLongLong() != m_speakerId)
        return false;
    if (m_state && index.data(QuoteListModel::StateRole).toInt() != int(*m_state))
        return false;
    if (!m_topic.isEmpty() &&
        !index.data(QuoteListModel::TopicsRole).toStringList().contains(m_topic, Qt::CaseInsensitive))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = folded(index.data(QuoteListModel::SearchTextRole).toString());
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace pressdesk
