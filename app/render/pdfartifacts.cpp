#include "pdfartifacts.h"

#include "qpdfsupport.h"

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Concatenate.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <exception>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace pressdesk {

namespace {

using namespace qpdfsupport;

constexpr int MaxDepth = 256; // a deeper structure tree is damage, not a document

// What leaves the structure tree: the private elements and everything below them, and the MCIDs (per page)
// of their content.
struct Removal
{
    std::set<QPDFObjGen> elements;
    std::set<std::pair<QPDFObjGen, long long>> mcids;
    std::set<QPDFObjGen> visited;
};

void collectSubtree(QPDFObjectHandle element, QPDFObjectHandle page, Removal &removal, int depth)
{
    if (depth > MaxDepth || !element.isDictionary())
        return;
    if (element.isIndirect()) {
        if (!removal.visited.insert(element.getObjGen()).second)
            return;
        removal.elements.insert(element.getObjGen());
    }
    if (dictValue(element, "/Pg").isDictionary())
        page = dictValue(element, "/Pg");
    for (QPDFObjectHandle kid : itemsOf(dictValue(element, "/K"))) {
        long long mcid = 0;
        if (intOf(kid, mcid)) {
            if (page.isIndirect())
                removal.mcids.insert({page.getObjGen(), mcid});
        } else if (isStructElem(kid)) {
            collectSubtree(kid, page, removal, depth + 1);
        } else if (intOf(dictValue(kid, "/MCID"), mcid) && dictValue(kid, "/Stm").isNull()) {
            QPDFObjectHandle kidPage = dictValue(kid, "/Pg").isDictionary() ? dictValue(kid, "/Pg") : page;
            if (kidPage.isIndirect())
                removal.mcids.insert({kidPage.getObjGen(), mcid});
        }
    }
}

// Takes every element of type `tag` below `parent` out of its parent's /K.
void removeElements(QPDFObjectHandle parent, QPDFObjectHandle page, const std::string &tag,
                    std::set<QPDFObjGen> &walked, Removal &removal, int depth)
{
    if (depth > MaxDepth)
        return;
    if (dictValue(parent, "/Pg").isDictionary())
        page = dictValue(parent, "/Pg");
    QPDFObjectHandle kids = dictValue(parent, "/K");
    std::vector<QPDFObjectHandle> kept;
    bool removed = false;
    for (QPDFObjectHandle kid : itemsOf(kids)) {
        if (isStructElem(kid) && nameOf(kid.getKey("/S")) == tag) {
            collectSubtree(kid, page, removal, 0);
            removed = true;
            continue;
        }
        kept.push_back(kid);
        if (isStructElem(kid) && (!kid.isIndirect() || walked.insert(kid.getObjGen()).second))
            removeElements(kid, page, tag, walked, removal, depth + 1);
    }
    if (!removed)
        return;
    if (kept.empty())
        parent.removeKey("/K");
    else if (kids.isArray())
        kids.setArrayFromVector(kept);
    else
        parent.replaceKey("/K", QPDFObjectHandle::newArray(kept));
}

// References to removed elements in the ParentTree become null (arrays of a page's MCIDs, and the entries
// of annotations and XObjects).
void clearParentTree(QPDF &pdf, QPDFObjectHandle parentTree, const Removal &removal)
{
    if (!parentTree.isDictionary())
        return;
    auto isRemoved = [&removal](QPDFObjectHandle object) {
        return object.isIndirect() && removal.elements.count(object.getObjGen()) > 0;
    };
    QPDFNumberTreeObjectHelper tree(parentTree, pdf);
    std::vector<QPDFNumberTreeObjectHelper::numtree_number> removedEntries;
    for (const auto &entry : tree) {
        QPDFObjectHandle value = entry.second;
        if (value.isArray()) {
            for (int i = 0; i < value.getArrayNItems(); ++i) {
                if (isRemoved(value.getArrayItem(i)))
                    value.setArrayItem(i, QPDFObjectHandle::newNull());
            }
        } else if (isRemoved(value)) {
            removedEntries.push_back(entry.first);
        }
    }
    for (auto number : removedEntries)
        tree.insert(number, QPDFObjectHandle::newNull());
}

// Finds the marked content to turn into artifacts: from the tag operand of its BMC/BDC to the operator's end.
class PrivateContentFinder : public QPDFObjectHandle::ParserCallbacks
{
public:
    PrivateContentFinder(QPDFObjectHandle resources, QPDFObjGen page, const std::string &tag,
                         const Removal &removal)
        : m_resources(std::move(resources))
        , m_page(page)
        , m_tag(tag)
        , m_removal(removal)
    {
    }

    using QPDFObjectHandle::ParserCallbacks::handleObject;
    void handleObject(QPDFObjectHandle object, size_t offset, size_t length) override
    {
        if (!object.isOperator()) {
            m_operands.push_back({object, offset});
            return;
        }
        const std::string op = object.getOperatorValue();
        if ((op == "BDC" && m_operands.size() == 2) || (op == "BMC" && m_operands.size() == 1)) {
            const std::string tag = nameOf(m_operands[0].first);
            long long mcid = 0;
            const bool hasMcid = op == "BDC" && mcidOf(m_operands[1].first, m_resources, mcid);
            if (!tag.empty() && (tag == m_tag || (hasMcid && m_removal.mcids.count({m_page, mcid}) > 0)))
                spans.push_back({m_operands[0].second, offset + length});
        }
        m_operands.clear();
    }
    void handleEOF() override {}

    std::vector<std::pair<size_t, size_t>> spans; // [begin, end) in the page's concatenated content

private:
    QPDFObjectHandle m_resources;
    QPDFObjGen m_page;
    std::string m_tag;
    const Removal &m_removal;
    std::vector<std::pair<QPDFObjectHandle, size_t>> m_operands;
};

std::string concatenatedContents(QPDFPageObjectHelper &page)
{
    Pl_Buffer buffer("page contents");
    Pl_Concatenate concatenate("concatenate", &buffer);
    page.pipeContents(&concatenate);
    concatenate.manualFinish();
    std::shared_ptr<Buffer> data = buffer.getBufferSharedPointer();
    if (!data)
        return {};
    return std::string(reinterpret_cast<const char *>(data->getBuffer()), data->getSize());
}

// The same spans as PrivateContentFinder for marked content named by the tag itself, found in one pass over
// the bytes: "/Tag BMC" or "/Tag << /MCID n >> BDC" (any spacing), outside strings and comments. Returns
// false when it cannot be sure (an inline image, whose data may hold anything): then the caller parses.
// The MCIDs it found go into mcids.
bool markedContentSpans(std::string_view content, const std::string &tag,
                        std::vector<std::pair<size_t, size_t>> &spans, std::set<long long> &mcids)
{
    const std::string name = "/" + tag;
    const size_t size = content.size();
    const auto blank = [&content](size_t at) {
        return std::isspace(static_cast<unsigned char>(content[at]));
    };
    const auto skipBlanks = [&](size_t at) {
        while (at < size && blank(at))
            ++at;
        return at;
    };
    const auto startsAt = [&content](size_t at, const char *word) {
        return content.compare(at, std::strlen(word), word) == 0;
    };
    // Where the marked-content operator after a name at `at` ends, or 0 when it is not one.
    const auto operatorEnd = [&](size_t at) -> size_t {
        at = skipBlanks(at);
        if (startsAt(at, "BMC"))
            return at + 3;
        if (!startsAt(at, "<<"))
            return 0;
        at = skipBlanks(at + 2);
        if (!startsAt(at, "/MCID"))
            return 0;
        at = skipBlanks(at + 5);
        const size_t digits = at;
        while (at < size && std::isdigit(static_cast<unsigned char>(content[at])))
            ++at;
        if (at == digits)
            return 0;
        const long long mcid = std::stoll(std::string(content.substr(digits, at - digits)));
        at = skipBlanks(at);
        if (!startsAt(at, ">>"))
            return 0;
        at = skipBlanks(at + 2);
        if (!startsAt(at, "BDC"))
            return 0;
        mcids.insert(mcid);
        return at + 3;
    };
    for (size_t i = 0; i < size; ++i) {
        const char c = content[i];
        if (c == '(') { // a literal string: balanced parentheses, backslash escapes
            int depth = 1;
            for (++i; i < size && depth > 0; ++i) {
                if (content[i] == '\\')
                    ++i;
                else if (content[i] == '(')
                    ++depth;
                else if (content[i] == ')')
                    --depth;
            }
            --i;
        } else if (c == '%') {
            while (i < size && content[i] != '\n' && content[i] != '\r')
                ++i;
        } else if (c == 'B' && i + 2 < size && content[i + 1] == 'I' && blank(i + 2) &&
                   (i == 0 || blank(i - 1))) {
            return false; // an inline image
        } else if (c == '/' && startsAt(i, name.c_str()) &&
                   (i + name.size() >= size || blank(i + name.size()) || content[i + name.size()] == '<')) {
            if (const size_t end = operatorEnd(i + name.size())) {
                spans.push_back({i, end});
                i = end - 1;
            }
        }
    }
    return true;
}

// The content with each span (a private marked-content operator and its operands) made "/Artifact BMC".
std::string withArtifacts(std::string_view content, const std::vector<std::pair<size_t, size_t>> &spans)
{
    std::string converted;
    converted.reserve(content.size());
    size_t position = 0;
    for (const auto &[begin, end] : spans) {
        converted.append(content, position, begin - position);
        converted.append("/Artifact BMC");
        position = end;
    }
    converted.append(content, position, std::string::npos);
    return converted;
}

// Rewrites the page's content when it has marked content to convert; true when it had.
bool convertPageContent(QPDF &pdf, QPDFPageObjectHelper &page, const std::string &tag, const Removal &removal)
{
    const std::string content = concatenatedContents(page);
    std::vector<std::pair<size_t, size_t>> spans;
    // Matching the bytes is ten times as fast as parsing every operator; it is used when it found the
    // marked content of every removed element on this page (what cairo writes), else the page is parsed.
    std::set<long long> found;
    const QPDFObjGen pageId = page.getObjectHandle().getObjGen();
    const bool matched = markedContentSpans(content, tag, spans, found) &&
                         std::all_of(removal.mcids.begin(), removal.mcids.end(), [&](const auto &entry) {
                             return entry.first != pageId || found.count(entry.second) > 0;
                         });
    if (!matched) {
        spans.clear();
        PrivateContentFinder finder(page.getAttribute("/Resources", false),
                                    page.getObjectHandle().getObjGen(), tag, removal);
        QPDFObjectHandle::parseContentStream(QPDFObjectHandle::newStream(&pdf, content), &finder);
        spans = std::move(finder.spans);
    }
    if (spans.empty())
        return false;
    page.getObjectHandle().replaceKey("/Contents",
                                      QPDFObjectHandle::newStream(&pdf, withArtifacts(content, spans)));
    return true;
}

// A page's content as cairo writes it, worked on away from the document model so that another thread can
// do it while this one edits the structure tree: one stream, raw (see PdfFinisher) or deflated, nothing else.
struct PageBytes
{
    std::string_view stored;      // in: the stream's data as stored, in the source or in `copy`
    std::shared_ptr<Buffer> copy; // in: holds `stored` when libqpdf copied it out
    bool deflated = false;        // in: stored deflated (else stored as it is)
    bool readable = false;        // in: the page's content is such a stream
    bool matched = false;         // out: markedContentSpans() was sure of the page
    std::set<long long> mcids;    // out: the MCIDs of the private marked content it found
    std::string converted;        // out: the new content, deflated; empty when nothing was to convert
};

bool singleStream(QPDFPageObjectHelper &page, QPDFObjectHandle &stream, bool *deflated)
{
    QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
    if (contents.isArray() && contents.getArrayNItems() == 1)
        contents = contents.getArrayItem(0);
    if (!contents.isStream())
        return false;
    QPDFObjectHandle dictionary = contents.getDict();
    QPDFObjectHandle filter = dictionary.getKey("/Filter");
    *deflated = filter.isNameAndEquals("/FlateDecode");
    if ((!*deflated && !filter.isNull()) || !dictionary.getKey("/DecodeParms").isNull())
        return false;
    stream = contents;
    return true;
}

std::string throughFlate(std::string_view data, Pl_Flate::action_e action)
{
    Pl_Buffer buffer("flate result");
    Pl_Flate flate("flate", &buffer, action);
    flate.write(reinterpret_cast<const unsigned char *>(data.data()), data.size());
    flate.finish();
    std::shared_ptr<Buffer> result = buffer.getBufferSharedPointer();
    return result ? std::string(reinterpret_cast<const char *>(result->getBuffer()), result->getSize())
                  : std::string();
}

// Inflates if need be, finds the private marked content by its bytes, and deflates the converted content.
// Touches no QPDF object. Leaves `matched` false when it cannot be sure (the caller then parses the page).
void convertBytes(PageBytes &page, const std::string &tag)
{
    try {
        const std::string_view stored = page.stored;
        const std::string inflated =
            page.deflated ? throughFlate(stored, Pl_Flate::a_inflate) : std::string();
        const std::string_view content = page.deflated ? std::string_view(inflated) : stored;
        std::vector<std::pair<size_t, size_t>> spans;
        page.matched = markedContentSpans(content, tag, spans, page.mcids);
        if (!page.matched || spans.empty())
            return;
        page.converted = throughFlate(withArtifacts(content, spans), Pl_Flate::a_deflate);
    } catch (const std::exception &) {
        page.matched = false; // damaged data: the page is parsed, and qpdf reports what it finds
    }
    page.stored = {};
    page.copy.reset();
}

// A stream's data as stored, straight from the bytes the document was read from: libqpdf knows where it
// starts and how long it is, and when the end of the stream follows right there, those are the bytes it
// would copy out. Anything else (no source, a length that does not end at "endstream") is left to libqpdf.
std::optional<std::string_view> storedInSource(QPDFObjectHandle &stream, std::string_view source)
{
    if (source.empty())
        return std::nullopt;
    const qpdf_offset_t start = stream.getParsedOffset();
    QPDFObjectHandle length = stream.getDict().getKey("/Length");
    if (start <= 0 || !length.isInteger())
        return std::nullopt;
    const long long size = length.getIntValue();
    if (size < 0 || uint64_t(start) > source.size() || uint64_t(size) > source.size() - uint64_t(start))
        return std::nullopt;
    std::string_view after = source.substr(size_t(start) + size_t(size), 12);
    if (after.substr(0, 2) == "\r\n")
        after.remove_prefix(2);
    else if (!after.empty() && (after.front() == '\n' || after.front() == '\r'))
        after.remove_prefix(1);
    if (after.substr(0, 9) != "endstream")
        return std::nullopt;
    return source.substr(size_t(start), size_t(size));
}

Error damaged(const QStringList &warnings)
{
    return makeError(Error::Kind::Corrupt,
                     QStringLiteral("The PDF is damaged: %1").arg(warnings.join(QStringLiteral("; "))));
}

} // namespace

Result<bool> convertPrivateArtifacts(QPDF &document, const QByteArray &privateTag, const QByteArray &source)
{
    const std::string tag = privateTag.toStdString();
    // The pages' content bytes are converted on a second thread while this one takes the elements out of
    // the structure tree: the two are a third of the finishing time each.
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
    std::vector<PageBytes> bytes(pages.size());
    for (size_t i = 0; i < pages.size(); ++i) {
        QPDFObjectHandle stream;
        if (singleStream(pages[i], stream, &bytes[i].deflated)) {
            if (const std::optional<std::string_view> inPlace =
                    storedInSource(stream, std::string_view(source.constData(), size_t(source.size())))) {
                bytes[i].stored = *inPlace;
            } else {
                bytes[i].copy = stream.getRawStreamData();
                bytes[i].stored = std::string_view(reinterpret_cast<const char *>(bytes[i].copy->getBuffer()),
                                                   bytes[i].copy->getSize());
            }
            bytes[i].readable = true;
        }
    }
    const auto convertAll = [&bytes, &tag] {
        for (PageBytes &page : bytes) {
            if (page.readable)
                convertBytes(page, tag);
        }
    };
    std::thread helper;
    try {
        helper = std::thread(convertAll);
    } catch (const std::system_error &) {
        convertAll(); // no thread to be had: here, first
    }
    // libqpdf throws on a damaged tree below; the helper is joined on the way out all the same (a thread
    // left joinable would end the program).
    struct JoinOnExit
    {
        std::thread &thread;
        ~JoinOnExit()
        {
            if (thread.joinable())
                thread.join();
        }
    } joinOnExit{helper};

    Removal removal;
    QPDFObjectHandle treeRoot = dictValue(document.getRoot(), "/StructTreeRoot");
    if (treeRoot.isDictionary()) {
        std::set<QPDFObjGen> walked;
        removeElements(treeRoot, QPDFObjectHandle::newNull(), tag, walked, removal, 0);
        clearParentTree(document, dictValue(treeRoot, "/ParentTree"), removal);
    }
    if (helper.joinable())
        helper.join();

    bool converted = !removal.elements.empty();
    for (size_t i = 0; i < pages.size(); ++i) {
        PageBytes &page = bytes[i];
        const QPDFObjGen pageId = pages[i].getObjectHandle().getObjGen();
        // As in convertPageContent(): the bytes are trusted when they held the marked content of every
        // element removed from this page.
        const bool sure = page.readable && page.matched &&
                          std::all_of(removal.mcids.begin(), removal.mcids.end(), [&](const auto &entry) {
                              return entry.first != pageId || page.mcids.count(entry.second) > 0;
                          });
        if (!sure) {
            if (convertPageContent(document, pages[i], tag, removal))
                converted = true;
            continue;
        }
        if (page.converted.empty())
            continue;
        QPDFObjectHandle stream = QPDFObjectHandle::newStream(&document);
        stream.replaceStreamData(page.converted, QPDFObjectHandle::newName("/FlateDecode"),
                                 QPDFObjectHandle::newNull());
        pages[i].getObjectHandle().replaceKey("/Contents", stream);
        converted = true;
    }
    if (document.anyWarnings())
        return damaged(takeWarnings(document));
    return converted;
}

Result<QByteArray> convertPrivateArtifacts(const QByteArray &pdf, const QByteArray &privateTag)
{
    try {
        QPDF document;
        readQuietly(document, pdf, "PDF to convert");
        if (document.anyWarnings())
            return damaged(takeWarnings(document));
        if (document.isEncrypted())
            return makeError(Error::Kind::Invalid, QStringLiteral("The PDF is encrypted."));
        Result<bool> converted = convertPrivateArtifacts(document, privateTag, pdf);
        if (!converted)
            return converted.error();
        if (!*converted)
            return pdf;

        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_preserve);
        writer.setCompressStreams(true);
        writer.write();
        if (document.anyWarnings())
            return damaged(takeWarnings(document));
        std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(written->getBuffer()),
                          qsizetype(written->getSize()));
    } catch (const std::exception &exception) {
        return makeError(
            Error::Kind::Corrupt,
            QStringLiteral("The PDF cannot be read: %1").arg(QString::fromUtf8(exception.what())));
    }
}

} // namespace pressdesk
