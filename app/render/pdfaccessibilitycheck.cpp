#include "pdfaccessibilitycheck.h"

#include "pdfartifacts.h"
#include "qpdfsupport.h"

#include <QRegularExpression>

#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <climits>
#include <exception>
#include <map>
#include <memory>
#include <set>
#include <utility>
#include <vector>

namespace pressdesk {

namespace {

using namespace qpdfsupport;

constexpr int MaxDepth = 256; // a deeper structure tree or resource nesting is damage, not a document

using PageMcid = std::pair<QPDFObjGen, long long>;

// The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4), the ones PDF/UA-1 accepts without /RoleMap.
bool isStandardType(const std::string &type)
{
    static const std::set<std::string> standard = {
        "Document", "Part",      "Art",     "Sect",  "Div",  "BlockQuote", "Caption", "TOC",       "TOCI",
        "Index",    "NonStruct", "Private", "P",     "H",    "H1",         "H2",      "H3",        "H4",
        "H5",       "H6",        "L",       "LI",    "Lbl",  "LBody",      "Table",   "TR",        "TH",
        "TD",       "THead",     "TBody",   "TFoot", "Span", "Quote",      "Note",    "Reference", "BibEntry",
        "Code",     "Link",      "Annot",   "Ruby",  "RB",   "RT",         "RP",      "Warichu",   "WT",
        "WP",       "Figure",    "Formula", "Form"};
    return standard.count(type) > 0;
}

int headingLevel(const std::string &type)
{
    if (type.size() == 2 && type[0] == 'H' && type[1] >= '1' && type[1] <= '6')
        return type[1] - '0';
    return 0;
}

QString fromLatin1(const std::string &value)
{
    return QString::fromLatin1(value.data(), qsizetype(value.size()));
}

// One page's content, operator by operator: the stack of marked-content sequences and what is painted
// outside of tagged content or artifacts.
class MarkedContentScanner : public QPDFObjectHandle::ParserCallbacks
{
public:
    explicit MarkedContentScanner(QPDFObjectHandle resources)
        : m_resources(std::move(resources))
    {
    }

    using QPDFObjectHandle::ParserCallbacks::handleObject;
    void handleObject(QPDFObjectHandle object, size_t, size_t) override
    {
        if (!object.isOperator()) {
            m_operands.push_back(object);
            return;
        }
        const std::string op = object.getOperatorValue();
        if (op == "BMC" || op == "BDC")
            begin(op);
        else if (op == "EMC")
            end();
        else if (isPainting(op))
            paint(op);
        m_operands.clear();
    }
    void handleEOF() override {}

    int unmatchedEnds = 0;
    int untagged = 0;
    QStringList untaggedOperators; // each operator once, in order of appearance
    std::vector<long long> mcids;  // in order of appearance
    std::set<long long> repeatedMcids;
    std::vector<long long> nestedMcids;        // an MCID inside another MCID's sequence
    std::vector<long long> mcidsInArtifacts;   // tagged content inside an artifact
    std::vector<long long> artifactsInContent; // the MCID around an artifact
    int unclosed() const { return int(m_stack.size()); }

private:
    struct Sequence
    {
        bool artifact = false;
        bool hasMcid = false;
        long long mcid = 0;
    };

    static bool isPainting(const std::string &op)
    {
        static const std::set<std::string> painting = {"Tj", "TJ", "'",  "\"", "S",  "s",  "f",  "F",
                                                       "f*", "B",  "B*", "b",  "b*", "Do", "sh", "BI"};
        return painting.count(op) > 0;
    }

    void begin(const std::string &op)
    {
        Sequence sequence;
        if (!m_operands.empty())
            sequence.artifact = nameOf(m_operands.front()) == "Artifact";
        if (op == "BDC" && m_operands.size() == 2)
            sequence.hasMcid = mcidOf(m_operands[1], m_resources, sequence.mcid);
        if (sequence.hasMcid) {
            if (!m_seenMcids.insert(sequence.mcid).second)
                repeatedMcids.insert(sequence.mcid);
            mcids.push_back(sequence.mcid);
        }
        for (const Sequence &outer : m_stack) {
            if (sequence.hasMcid && outer.hasMcid)
                nestedMcids.push_back(sequence.mcid);
            if (sequence.hasMcid && outer.artifact)
                mcidsInArtifacts.push_back(sequence.mcid);
            if (sequence.artifact && outer.hasMcid)
                artifactsInContent.push_back(outer.mcid);
        }
        m_stack.push_back(sequence);
    }

    void end()
    {
        if (m_stack.empty())
            ++unmatchedEnds;
        else
            m_stack.pop_back();
    }

    void paint(const std::string &op)
    {
        for (const Sequence &sequence : m_stack) {
            if (sequence.artifact || sequence.hasMcid)
                return;
        }
        ++untagged;
        const QString name = fromLatin1(op);
        if (!untaggedOperators.contains(name))
            untaggedOperators.append(name);
    }

    QPDFObjectHandle m_resources;
    std::vector<QPDFObjectHandle> m_operands;
    std::vector<Sequence> m_stack;
    std::set<long long> m_seenMcids;
};

class Checker
{
public:
    Checker(QPDF &pdf, PdfAccessibilityCheck::Report &report)
        : m_pdf(pdf)
        , m_report(report)
    {
    }

    void run()
    {
        if (m_pdf.isEncrypted())
            problem(QStringLiteral("the PDF is encrypted"));
        decodeEverything();
        m_report.problems.append(takeWarnings(m_pdf)); // damage first: it may explain what follows

        QPDFObjectHandle catalog = m_pdf.getRoot();
        checkCatalog(catalog);
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(m_pdf).getAllPages();
        m_report.pages = int(pages.size());
        if (pages.empty())
            problem(QStringLiteral("the document has no pages"));
        for (size_t i = 0; i < pages.size(); ++i)
            m_pageNumbers[pages[i].getObjectHandle().getObjGen()] = int(i) + 1;
        for (size_t i = 0; i < pages.size(); ++i)
            checkPageContent(pages[i], int(i) + 1);
        checkStructureTree(dictValue(catalog, "/StructTreeRoot"));
        checkMcidOwners(dictValue(catalog, "/StructTreeRoot"), pages);
        for (size_t i = 0; i < pages.size(); ++i)
            checkAnnotations(pages[i], int(i) + 1, dictValue(catalog, "/StructTreeRoot"));
        for (size_t i = 0; i < pages.size(); ++i)
            checkFonts(pages[i].getAttribute("/Resources", false), int(i) + 1, 0);
        m_report.problems.append(takeWarnings(m_pdf));
    }

private:
    void problem(const QString &line) { m_report.problems.append(line); }

    // What `qpdf --check` does: every stream decoded, the file written to nowhere. Damage becomes warnings.
    void decodeEverything()
    {
        try {
            Pl_Discard discard;
            QPDFWriter writer(m_pdf);
            writer.setOutputPipeline(&discard);
            writer.setDecodeLevel(qpdf_dl_all);
            writer.write();
        } catch (const std::exception &exception) {
            problem(QStringLiteral("qpdf cannot write the file out: ") + QString::fromUtf8(exception.what()));
        }
    }

    void checkCatalog(QPDFObjectHandle catalog)
    {
        QPDFObjectHandle markInfo = dictValue(catalog, "/MarkInfo");
        if (!isTrue(dictValue(markInfo, "/Marked")))
            problem(QStringLiteral("the catalog has no /MarkInfo << /Marked true >> (not a tagged PDF)"));
        if (isTrue(dictValue(markInfo, "/Suspects")))
            problem(QStringLiteral("/MarkInfo has /Suspects true: the tags are marked as unreliable"));
        if (!dictValue(catalog, "/StructTreeRoot").isDictionary())
            problem(QStringLiteral("the catalog has no /StructTreeRoot (no structure tree)"));

        m_report.language = textOf(dictValue(catalog, "/Lang")).trimmed();
        static const QRegularExpression languageTag(
            QStringLiteral("^([A-Za-z]{2,8}|[iIxX])(-[A-Za-z0-9]{1,8})*$")); // BCP 47, roughly
        if (m_report.language.isEmpty())
            problem(QStringLiteral("the catalog has no /Lang (the document's language)"));
        else if (!languageTag.match(m_report.language).hasMatch())
            problem(QStringLiteral("/Lang \"%1\" is no language tag").arg(m_report.language));

        if (!isTrue(dictValue(dictValue(catalog, "/ViewerPreferences"), "/DisplayDocTitle")))
            problem(
                QStringLiteral("the catalog has no /ViewerPreferences << /DisplayDocTitle true >> (viewers "
                               "show the file name instead of the title)"));

        m_report.title = textOf(dictValue(m_pdf.getTrailer().getKey("/Info"), "/Title")).trimmed();
        if (m_report.title.isEmpty())
            problem(QStringLiteral("the document information has no /Title"));

        QPDFObjectHandle metadata = dictValue(catalog, "/Metadata");
        if (metadata.isStream()) {
            std::shared_ptr<Buffer> data = metadata.getStreamData(qpdf_dl_generalized);
            const QByteArray xmp(reinterpret_cast<const char *>(data->getBuffer()),
                                 qsizetype(data->getSize()));
            if (!xmp.contains("dc:title"))
                problem(QStringLiteral("the XMP metadata has no dc:title"));
            if (!xmp.contains("pdfuaid:part"))
                problem(QStringLiteral("the XMP metadata has no pdfuaid:part (the PDF/UA identifier)"));
        } else if (!metadata.isNull()) {
            problem(QStringLiteral("the catalog's /Metadata is no stream"));
        }
    }

    void checkPageContent(QPDFPageObjectHelper &page, int number)
    {
        const QString name = QStringLiteral("page %1").arg(number);
        MarkedContentScanner scanner(page.getAttribute("/Resources", false));
        try {
            page.parseContents(&scanner);
        } catch (const std::exception &exception) {
            problem(name + QStringLiteral(": the content cannot be parsed: ") +
                    QString::fromUtf8(exception.what()));
            return;
        }
        if (scanner.untagged > 0)
            problem(
                QStringLiteral("%1: %2 painting operator%3 (%4) outside any structure element or artifact")
                    .arg(name)
                    .arg(scanner.untagged)
                    .arg(scanner.untagged == 1 ? QString() : QStringLiteral("s"))
                    .arg(scanner.untaggedOperators.join(QStringLiteral(", "))));
        if (scanner.unmatchedEnds > 0)
            problem(QStringLiteral("%1: %2 EMC without a BMC or BDC").arg(name).arg(scanner.unmatchedEnds));
        if (scanner.unclosed() > 0)
            problem(QStringLiteral("%1: %2 BMC or BDC not closed by EMC").arg(name).arg(scanner.unclosed()));
        for (long long mcid : scanner.repeatedMcids)
            problem(QStringLiteral("%1: MCID %2 marks more than one sequence").arg(name).arg(mcid));
        for (long long mcid : scanner.nestedMcids)
            problem(QStringLiteral("%1: MCID %2 is nested in other tagged content").arg(name).arg(mcid));
        for (long long mcid : scanner.mcidsInArtifacts)
            problem(QStringLiteral("%1: MCID %2 lies inside an artifact").arg(name).arg(mcid));
        for (long long mcid : scanner.artifactsInContent)
            problem(QStringLiteral("%1: an artifact lies inside the tagged content of MCID %2")
                        .arg(name)
                        .arg(mcid));
        const QPDFObjGen pageObject = page.getObjectHandle().getObjGen();
        for (long long mcid : scanner.mcids)
            m_contentMcids.insert({pageObject, mcid});
    }

    // The structure tree, depth-first in reading order.
    void checkStructureTree(QPDFObjectHandle treeRoot)
    {
        if (!treeRoot.isDictionary())
            return;
        m_roleMap = dictValue(treeRoot, "/RoleMap");
        const std::vector<QPDFObjectHandle> top = itemsOf(dictValue(treeRoot, "/K"));
        if (top.empty())
            problem(QStringLiteral("the structure tree is empty"));
        for (QPDFObjectHandle element : top) {
            if (isStructElem(element))
                visit(element, QPDFObjectHandle::newNull(), 0);
            else
                problem(QStringLiteral("/StructTreeRoot /K holds something that is no structure element"));
        }
    }

    std::string resolveRole(const std::string &type) const
    {
        std::string resolved = type;
        for (int step = 0; step < 16 && !isStandardType(resolved); ++step) {
            const std::string mapped = nameOf(dictValue(m_roleMap, "/" + resolved));
            if (mapped.empty())
                break;
            resolved = mapped;
        }
        return resolved;
    }

    void visit(QPDFObjectHandle element, QPDFObjectHandle page, int depth)
    {
        if (depth > MaxDepth) {
            if (!m_tooDeep)
                problem(QStringLiteral("the structure tree is more than %1 levels deep").arg(MaxDepth));
            m_tooDeep = true;
            return;
        }
        if (element.isIndirect() && !m_visited.insert(element.getObjGen()).second) {
            problem(QStringLiteral("a structure element is reached twice (the tree has a cycle or shared "
                                   "elements)"));
            return;
        }
        const std::string rawType = nameOf(element.getKey("/S"));
        const std::string type = resolveRole(rawType);
        const QString typeName = fromLatin1(type);
        m_report.structureTypes.append(typeName);

        if (element.getKey("/Pg").isDictionary())
            page = element.getKey("/Pg");
        auto pageNumber = page.isIndirect() ? m_pageNumbers.find(page.getObjGen()) : m_pageNumbers.end();
        const QString where = pageNumber == m_pageNumbers.end()
                                  ? QString()
                                  : QStringLiteral("page %1: ").arg(pageNumber->second);
        if (type == "Artifact")
            problem(where +
                    QStringLiteral("the structure tree has an Artifact element (artifacts belong in the "
                                   "page content only)"));
        else if (rawType == kPrivateArtifactTag)
            problem(where + QStringLiteral("the structure tree has a %1 element: content drawn as a private "
                                           "artifact that convertPrivateArtifacts() has not converted")
                                .arg(fromLatin1(rawType)));
        else if (!isStandardType(type))
            problem(QStringLiteral("structure type %1 is neither standard nor mapped to a standard type by "
                                   "/RoleMap")
                        .arg(fromLatin1(rawType)));

        if (type == "Figure") {
            const QString alt = textOf(element.getKey("/Alt")).trimmed();
            m_report.figureAlts.append(alt);
            if (alt.isEmpty())
                problem(QStringLiteral("Figure %1 has no /Alt").arg(m_report.figureAlts.size()));
        }
        if (const int level = headingLevel(type)) {
            const int previous = m_report.headings.isEmpty() ? 0 : m_report.headings.last().mid(1).toInt();
            if (previous == 0 && level != 1)
                problem(QStringLiteral("the first heading is %1, not H1").arg(typeName));
            else if (level > previous + 1 && previous > 0)
                problem(QStringLiteral("heading %1 follows H%2 (a level is skipped)")
                            .arg(typeName)
                            .arg(previous));
            m_report.headings.append(typeName);
        }

        for (QPDFObjectHandle kid : itemsOf(element.getKey("/K"))) {
            long long mcid = 0;
            if (intOf(kid, mcid)) {
                own(page, mcid, element, typeName);
            } else if (isStructElem(kid)) {
                visit(kid, page, depth + 1);
            } else if (intOf(dictValue(kid, "/MCID"), mcid)) {
                if (!dictValue(kid, "/Stm").isNull())
                    continue; // marked content in a form XObject: not checked
                own(dictValue(kid, "/Pg").isDictionary() ? dictValue(kid, "/Pg") : page, mcid, element,
                    typeName);
            }
        }
    }

    // A structure element's claim on marked content.
    void own(QPDFObjectHandle page, long long mcid, QPDFObjectHandle element, const QString &typeName)
    {
        if (!page.isIndirect()) {
            problem(QStringLiteral("%1 element has MCID %2 but no /Pg (page)").arg(typeName).arg(mcid));
            return;
        }
        auto pageNumber = m_pageNumbers.find(page.getObjGen());
        if (pageNumber == m_pageNumbers.end()) {
            problem(QStringLiteral("%1 element has MCID %2 on a /Pg that is no page of the document")
                        .arg(typeName)
                        .arg(mcid));
            return;
        }
        const PageMcid key{page.getObjGen(), mcid};
        if (m_owners.count(key)) {
            problem(QStringLiteral("page %1: MCID %2 is claimed by two structure elements")
                        .arg(pageNumber->second)
                        .arg(mcid));
            return;
        }
        m_owners[key] = element.isIndirect() ? element.getObjGen() : QPDFObjGen();
        if (!m_contentMcids.count(key))
            problem(
                QStringLiteral("page %1: %2 element claims MCID %3, which the page's content does not have")
                    .arg(pageNumber->second)
                    .arg(typeName)
                    .arg(mcid));
    }

    // Every MCID of the content has an owner in the tree, and the ParentTree names that owner.
    void checkMcidOwners(QPDFObjectHandle treeRoot, std::vector<QPDFPageObjectHelper> &pages)
    {
        if (!treeRoot.isDictionary())
            return;
        QPDFObjectHandle parentTreeRoot = dictValue(treeRoot, "/ParentTree");
        std::unique_ptr<QPDFNumberTreeObjectHelper> parentTree;
        if (parentTreeRoot.isDictionary())
            parentTree = std::make_unique<QPDFNumberTreeObjectHelper>(parentTreeRoot, m_pdf);
        bool reportedNoParentTree = false;
        for (size_t i = 0; i < pages.size(); ++i) {
            const QString name = QStringLiteral("page %1").arg(i + 1);
            QPDFObjectHandle pageObject = pages[i].getObjectHandle();
            std::vector<long long> mcids;
            for (auto it = m_contentMcids.lower_bound({pageObject.getObjGen(), LLONG_MIN});
                 it != m_contentMcids.end() && it->first == pageObject.getObjGen(); ++it)
                mcids.push_back(it->second);
            if (mcids.empty())
                continue;
            for (long long mcid : mcids) {
                if (!m_owners.count({pageObject.getObjGen(), mcid}))
                    problem(QStringLiteral("%1: marked content MCID %2 belongs to no structure element")
                                .arg(name)
                                .arg(mcid));
            }
            if (!parentTree) {
                if (!reportedNoParentTree)
                    problem(QStringLiteral("the structure tree has no /ParentTree"));
                reportedNoParentTree = true;
                continue;
            }
            long long structParents = 0;
            if (!intOf(pageObject.getKey("/StructParents"), structParents)) {
                problem(name + QStringLiteral(": the page has marked content but no /StructParents"));
                continue;
            }
            QPDFObjectHandle entry;
            if (!parentTree->findObject(structParents, entry) || !entry.isArray()) {
                problem(QStringLiteral("%1: the ParentTree has no array for /StructParents %2")
                            .arg(name)
                            .arg(structParents));
                continue;
            }
            for (long long mcid : mcids) {
                QPDFObjectHandle element = mcid >= 0 && mcid < entry.getArrayNItems()
                                               ? entry.getArrayItem(int(mcid))
                                               : QPDFObjectHandle::newNull();
                auto owner = m_owners.find({pageObject.getObjGen(), mcid});
                if (!isStructElem(element))
                    problem(QStringLiteral("%1: the ParentTree names no structure element for MCID %2")
                                .arg(name)
                                .arg(mcid));
                else if (owner != m_owners.end() && element.isIndirect() && owner->second.isIndirect() &&
                         element.getObjGen() != owner->second)
                    problem(QStringLiteral("%1: the ParentTree names another structure element for MCID %2 "
                                           "than the one that claims it")
                                .arg(name)
                                .arg(mcid));
            }
        }
    }

    // Links and other annotations: in the structure tree (through /StructParent and the ParentTree), a link
    // in a Link element and with a description (/Contents), and the page's tab order follows the structure.
    void checkAnnotations(QPDFPageObjectHelper &page, int number, QPDFObjectHandle treeRoot)
    {
        const QString name = QStringLiteral("page %1").arg(number);
        QPDFObjectHandle parentTreeRoot = dictValue(treeRoot, "/ParentTree");
        bool any = false;
        for (QPDFObjectHandle annotation : itemsOf(page.getObjectHandle().getKey("/Annots"))) {
            const std::string subtype = nameOf(dictValue(annotation, "/Subtype"));
            if (subtype.empty() || subtype == "Popup" || subtype == "PrinterMark" || subtype == "TrapNet")
                continue;
            any = true;
            const QString what = QStringLiteral("%1: a %2 annotation").arg(name, fromLatin1(subtype));
            if (subtype == "Link" && textOf(dictValue(annotation, "/Contents")).trimmed().isEmpty())
                problem(what + QStringLiteral(" has no /Contents (its description)"));
            long long structParent = 0;
            QPDFObjectHandle element;
            if (!intOf(dictValue(annotation, "/StructParent"), structParent) ||
                !parentTreeRoot.isDictionary() ||
                !QPDFNumberTreeObjectHelper(parentTreeRoot, m_pdf).findObject(structParent, element) ||
                !isStructElem(element)) {
                problem(what + QStringLiteral(" is in no structure element (/StructParent and ParentTree)"));
                continue;
            }
            const std::string type = resolveRole(nameOf(element.getKey("/S")));
            if (subtype == "Link" && type != "Link")
                problem(what + QStringLiteral(" is in a %1 element, not in a Link").arg(fromLatin1(type)));
        }
        if (any && nameOf(page.getObjectHandle().getKey("/Tabs")) != "S")
            problem(name +
                    QStringLiteral(": the page has annotations but no /Tabs /S (tab order by structure)"));
    }

    void checkFonts(QPDFObjectHandle resources, int page, int depth)
    {
        if (!resources.isDictionary() || depth > MaxDepth)
            return;
        if (resources.isIndirect() && !m_seenResources.insert(resources.getObjGen()).second)
            return;
        QPDFObjectHandle fonts = dictValue(resources, "/Font");
        if (fonts.isDictionary()) {
            for (auto [resourceName, font] : fonts.getDictAsMap())
                checkFont(font, fromLatin1(resourceName), page, depth);
        }
        // Form XObjects and tiling patterns bring resources of their own.
        for (const char *kind : {"/XObject", "/Pattern"}) {
            QPDFObjectHandle objects = dictValue(resources, kind);
            if (!objects.isDictionary())
                continue;
            for (auto [resourceName, object] : objects.getDictAsMap()) {
                if (!object.isStream())
                    continue;
                if (object.isIndirect() && !m_seenStreams.insert(object.getObjGen()).second)
                    continue;
                checkFonts(dictValue(object, "/Resources"), page, depth + 1);
            }
        }
    }

    static bool isEmbedded(QPDFObjectHandle descriptor)
    {
        return dictValue(descriptor, "/FontFile").isStream() ||
               dictValue(descriptor, "/FontFile2").isStream() ||
               dictValue(descriptor, "/FontFile3").isStream();
    }

    // `resourceName` names a font without /BaseFont (Type 3).
    void checkFont(QPDFObjectHandle font, const QString &resourceName, int page, int depth)
    {
        if (!font.isDictionary())
            return;
        if (font.isIndirect() && !m_seenFonts.insert(font.getObjGen()).second)
            return;
        const std::string subtype = nameOf(font.getKey("/Subtype"));
        QString fontName = fromLatin1(nameOf(font.getKey("/BaseFont")));
        if (fontName.isEmpty())
            fontName = resourceName;
        const QString where =
            QStringLiteral("font %1 (%2, page %3)").arg(fontName, fromLatin1(subtype)).arg(page);

        bool embedded = false;
        if (subtype == "Type3") {
            embedded = true;
            checkFonts(font.getKey("/Resources"), page, depth + 1);
        } else if (subtype == "Type0") {
            QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
            if (descendants.isArray() && descendants.getArrayNItems() > 0)
                embedded = isEmbedded(dictValue(descendants.getArrayItem(0), "/FontDescriptor"));
        } else {
            embedded = isEmbedded(font.getKey("/FontDescriptor"));
        }
        if (!embedded)
            problem(where + QStringLiteral(" is not embedded"));
        if (!font.getKey("/ToUnicode").isStream())
            problem(where + QStringLiteral(" has no /ToUnicode map (its text cannot be read out)"));
    }

    QPDF &m_pdf;
    PdfAccessibilityCheck::Report &m_report;
    std::map<QPDFObjGen, int> m_pageNumbers;
    std::set<PageMcid> m_contentMcids;
    std::map<PageMcid, QPDFObjGen> m_owners;
    QPDFObjectHandle m_roleMap;
    std::set<QPDFObjGen> m_visited;
    bool m_tooDeep = false;
    std::set<QPDFObjGen> m_seenResources;
    std::set<QPDFObjGen> m_seenStreams;
    std::set<QPDFObjGen> m_seenFonts;
};

} // namespace

PdfAccessibilityCheck::Report PdfAccessibilityCheck::check(const QByteArray &pdf)
{
    Report report;
    try {
        QPDF document;
        try {
            readQuietly(document, pdf, "PDF");
        } catch (const std::exception &exception) {
            report.problems.append(QStringLiteral("not a readable PDF: ") +
                                   QString::fromUtf8(exception.what()));
            return report;
        }
        Checker(document, report).run();
    } catch (const std::exception &exception) {
        report.problems.append(QStringLiteral("the check stopped: ") + QString::fromUtf8(exception.what()));
    } catch (...) {
        report.problems.append(QStringLiteral("the check stopped on an unknown error"));
    }
    return report;
}

} // namespace pressdesk
