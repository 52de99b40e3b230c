#include "spellchecker.h"

#include <QDir>
#include <QFileInfo>

#include <hunspell.hxx>

namespace pressdesk {

SpellChecker::SpellChecker(std::unique_ptr<Hunspell> hunspell)
    : m_hunspell(std::move(hunspell))
{
}

SpellChecker::~SpellChecker() = default;

std::unique_ptr<SpellChecker> SpellChecker::open(const QString &language, QString *problem)
{
    QStringList folders;
    const QString configured = qEnvironmentVariable("PRESSDESK_DICTIONARY_DIR");
    if (!configured.isEmpty())
        folders.append(configured);
    else
        folders = {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts"),
                   QStringLiteral("/usr/local/share/hunspell")};
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        const QString affix = dir.filePath(language + QStringLiteral(".aff"));
        const QString words = dir.filePath(language + QStringLiteral(".dic"));
        if (!QFileInfo(affix).isReadable() || !QFileInfo(words).isReadable())
            continue;
        auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(affix).constData(),
                                                   QFile::encodeName(words).constData());
        return std::unique_ptr<SpellChecker>(new SpellChecker(std::move(hunspell)));
    }
    if (problem)
        *problem = tr("The German dictionary for the spell checker is not installed (Debian package "
                      "hunspell-de-de). Releases can be written, but spelling is not checked.");
    return nullptr;
}

bool SpellChecker::shouldCheck(const QString &word)
{
    if (word.size() < 2)
        return false;
    for (QChar c : word) {
        if (c.isDigit() || c == QLatin1Char('@') || c == QLatin1Char('/') || c == QLatin1Char('_'))
            return false;
    }
    return true;
}

bool SpellChecker::isCorrect(const QString &word)
{
    if (!shouldCheck(word))
        return true;
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.constEnd())
        return *cached;
    const bool correct = m_hunspell->spell(word.toStdString());
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word, int limit)
{
    QStringList result;
    for (const std::string &suggestion : m_hunspell->suggest(word.toStdString())) {
        if (result.size() >= limit)
            break;
        result.append(QString::fromStdString(suggestion));
    }
    return result;
}

void SpellChecker::addOfficeWords(const QStringList &words)
{
    for (const QString &word : words) {
        m_hunspell->add(word.toStdString());
        m_cache.insert(word, true);
    }
    // Forms derived from a new word ("Eiskirchs") were perhaps cached as wrong.
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (!it.value())
            it = m_cache.erase(it);
        else
            ++it;
    }
}

} // namespace pressdesk
