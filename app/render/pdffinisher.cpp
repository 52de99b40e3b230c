#include "pdffinisher.h"

#include "pdfartifacts.h"

#include <cairo.h>
#include <lcms2.h>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>

#include <cstdlib>
#include <exception>
#include <map>
#include <set>
#include <string>

namespace pressdesk {

namespace {

// Cairo 1.16 deflates every page's content and offers no call to leave it raw, only its debug switch
// CAIRO_DEBUG_PDF, read when a PDF surface is made. Every PDF PressDesk draws passes through the finisher
// below, whose writer deflates what is raw (and the artifact conversion deflates the pages it rewrites,
// on its helper thread): deflating in cairo as well cost the drawing thread ~15 ms of a 50-page release.
// Set before main(), while the process has one thread (setenv is not thread-safe), and never over a value
// the user set.
[[maybe_unused]] const bool cairoLeavesContentRaw = setenv("CAIRO_DEBUG_PDF", "1", 0) == 0;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// D:20201207100000Z, as the document information writes dates.
std::string pdfDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toStdString();
}

void collectFigures(QPDFObjectHandle element, std::vector<QPDFObjectHandle> &figures)
{
    if (element.isDictionary() && element.getKey("/S").isNameAndEquals("/Figure"))
        figures.push_back(element);
    QPDFObjectHandle kids = element.getKey("/K");
    if (kids.isDictionary())
        collectFigures(kids, figures);
    else if (kids.isArray()) {
        for (QPDFObjectHandle &kid : kids.getArrayAsVector()) {
            if (kid.isDictionary() && kid.hasKey("/S"))
                collectFigures(kid, figures);
        }
    }
}

std::string srgbProfile()
{
    cmsHPROFILE profile = cmsCreate_sRGBProfile();
    cmsUInt32Number size = 0;
    cmsSaveProfileToMem(profile, nullptr, &size);
    std::string bytes(size, '\0');
    cmsSaveProfileToMem(profile, bytes.data(), &size);
    cmsCloseProfile(profile);
    return bytes;
}

QString xmp(const PdfFinisher::Description &description, const QString &producer)
{
    const QString created = description.created.toUTC().toString(Qt::ISODate);
    QString pdfa;
    if (description.pdfa)
        pdfa = QStringLiteral(
            "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
            "   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>A</pdfaid:conformance>\n"
            "  </rdf:Description>\n"
            // PDF/A wants every schema it does not know declared: pdfuaid is one of them.
            "  <rdf:Description rdf:about=\"\" "
            "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
            "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
            "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
            "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
            "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
            "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
            "    <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n"
            "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
            "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
            "     <pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>\n"
            "     <pdfaProperty:name>part</pdfaProperty:name>\n"
            "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
            "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
            "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
            "  </rdf:Description>\n");
    return QStringLiteral(
               "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
               "   <dc:format>application/pdf</dc:format>\n"
               "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
               "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
               "   <dc:description><rdf:Alt><rdf:li "
               "xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
               "   <dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
               "  </rdf:Description>\n"
               "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
               "   <pdf:Keywords>%5</pdf:Keywords>\n   <pdf:Producer>%6</pdf:Producer>\n"
               "  </rdf:Description>\n"
               "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "   <xmp:CreatorTool>%6</xmp:CreatorTool>\n   <xmp:CreateDate>%7</xmp:CreateDate>\n"
               "   <xmp:ModifyDate>%7</xmp:ModifyDate>\n   <xmp:MetadataDate>%7</xmp:MetadataDate>\n"
               "  </rdf:Description>\n"
               "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
               "   <pdfuaid:part>1</pdfuaid:part>\n"
               "  </rdf:Description>\n"
               "%8"
               " </rdf:RDF>\n"
               "</x:xmpmeta>\n"
               "<?xpacket end=\"w\"?>")
        .arg(xmlEscaped(description.title), xmlEscaped(description.author), xmlEscaped(description.subject),
             xmlEscaped(description.language), xmlEscaped(description.keywords.join(QStringLiteral(", "))),
             xmlEscaped(producer), created, pdfa);
}

// A structure element's marked content as marked-content references that name their page, so that the
// kids of elements on different pages can stand in one /K.
std::vector<QPDFObjectHandle> contentReferences(QPDFObjectHandle element)
{
    std::vector<QPDFObjectHandle> references;
    QPDFObjectHandle page = element.getKey("/Pg");
    QPDFObjectHandle kids = element.getKey("/K");
    std::vector<QPDFObjectHandle> items =
        kids.isArray() ? kids.getArrayAsVector() : std::vector<QPDFObjectHandle>{kids};
    for (QPDFObjectHandle kid : items) {
        if (kid.isInteger()) {
            QPDFObjectHandle reference = QPDFObjectHandle::newDictionary();
            reference.replaceKey("/Type", QPDFObjectHandle::newName("/MCR"));
            reference.replaceKey("/MCID", kid);
            if (page.isDictionary())
                reference.replaceKey("/Pg", page);
            references.push_back(reference);
        } else if (kid.isDictionary() && !kid.hasKey("/Pg") && page.isDictionary() &&
                   kid.getKey("/Type").isNameAndEquals("/MCR")) {
            QPDFObjectHandle reference = kid.shallowCopy();
            reference.replaceKey("/Pg", page);
            references.push_back(reference);
        } else if (!kid.isNull()) {
            references.push_back(kid);
        }
    }
    return references;
}

// Joins each element of type `tag` to the element before it among its siblings: its marked content is
// appended to that element's, it leaves its parent's /K, and the ParentTree points its MCIDs at the joined
// element. Returns what was joined and what it was joined to.
void joinContinuations(QPDFObjectHandle parent, const std::string &tag,
                       std::map<QPDFObjGen, QPDFObjectHandle> &joined)
{
    QPDFObjectHandle kids = parent.getKey("/K");
    if (!kids.isArray())
        return;
    std::vector<QPDFObjectHandle> kept;
    for (QPDFObjectHandle kid : kids.getArrayAsVector()) {
        const bool isElement = kid.isDictionary() && kid.hasKey("/S");
        if (isElement && kid.getKey("/S").isNameAndEquals(tag) && !kept.empty() &&
            kept.back().isDictionary() && kept.back().hasKey("/S")) {
            QPDFObjectHandle first = kept.back();
            std::vector<QPDFObjectHandle> content = contentReferences(first);
            for (QPDFObjectHandle more : contentReferences(kid))
                content.push_back(more);
            first.replaceKey("/K", QPDFObjectHandle::newArray(content));
            if (kid.isIndirect())
                joined[kid.getObjGen()] = first;
            continue;
        }
        if (isElement)
            joinContinuations(kid, tag, joined);
        kept.push_back(kid);
    }
    if (kept.size() != size_t(kids.getArrayNItems()))
        parent.replaceKey("/K", QPDFObjectHandle::newArray(kept));
}

void joinContinuations(QPDF &pdf, QPDFObjectHandle structure, const QByteArray &tag)
{
    std::map<QPDFObjGen, QPDFObjectHandle> joined;
    joinContinuations(structure, "/" + tag.toStdString(), joined);
    if (joined.empty())
        return;
    QPDFObjectHandle parentTree = structure.getKey("/ParentTree");
    if (!parentTree.isDictionary())
        return;
    for (const auto &entry : QPDFNumberTreeObjectHelper(parentTree, pdf)) {
        QPDFObjectHandle owners = entry.second;
        if (!owners.isArray())
            continue;
        for (int i = 0; i < owners.getArrayNItems(); ++i) {
            QPDFObjectHandle owner = owners.getArrayItem(i);
            if (!owner.isIndirect())
                continue;
            const auto found = joined.find(owner.getObjGen());
            if (found != joined.end())
                owners.setArrayItem(i, found->second);
        }
    }
}

// What cairo leaves out of link annotations: a description (/Contents, read out instead of the address),
// the print flag PDF/A asks for, no border, and the pages' tab order by structure (PDF/UA).
void describeLinks(QPDF &pdf, const QStringList &descriptions)
{
    qsizetype next = 0;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
        if (!annotations.isArray() || annotations.getArrayNItems() == 0)
            continue;
        page.getObjectHandle().replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
        for (QPDFObjectHandle annotation : annotations.aitems()) {
            if (!annotation.isDictionary() || !annotation.getKey("/Subtype").isNameAndEquals("/Link"))
                continue;
            annotation.replaceKey("/F", QPDFObjectHandle::newInteger(4));
            // No frame around the words: PDF's default is a 1-point border that some viewers draw.
            annotation.replaceKey("/Border", QPDFObjectHandle::parse("[0 0 0]"));
            QString text = next < descriptions.size() ? descriptions.at(next).trimmed() : QString();
            ++next;
            QPDFObjectHandle action = annotation.getKey("/A");
            if (text.isEmpty() && action.isDictionary() && action.getKey("/URI").isString())
                text = QString::fromStdString(action.getKey("/URI").getUTF8Value());
            if (!text.isEmpty())
                annotation.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(utf8(text)));
        }
    }
}

} // namespace

Result<QByteArray> PdfFinisher::finish(const QByteArray &cairoPdf, const Description &description)
{
    try {
        // The document model goes before the result is copied out: a 200-page kit's model and the
        // finished file are each tens of megabytes.
        std::shared_ptr<Buffer> written;
        {
            QPDF pdf;
            pdf.setSuppressWarnings(true);
            pdf.processMemoryFile("release.pdf", cairoPdf.constData(), size_t(cairoPdf.size()));
            QPDFObjectHandle root = pdf.getRoot();
            QPDFObjectHandle structure = root.getKey("/StructTreeRoot");
            if (!structure.isDictionary())
                return makeError(Error::Kind::Internal, tr("The PDF has no structure tree to finish."));

            // Page contents are compressed here, and quickly (cairo leaves them raw, see above); the
            // artifact conversion deflates them itself (on its helper thread), the writer the rest.
            Pl_Flate::setCompressionLevel(1);
            if (!description.privateArtifactTag.isEmpty()) {
                if (Result<bool> converted =
                        convertPrivateArtifacts(pdf, description.privateArtifactTag, cairoPdf);
                    !converted)
                    return converted.error();
            }

            if (!description.continuationTag.isEmpty())
                joinContinuations(pdf, structure, description.continuationTag);

            std::vector<QPDFObjectHandle> figures;
            collectFigures(structure, figures);
            for (size_t i = 0; i < figures.size(); ++i) {
                QString alternative = i < size_t(description.figureAlternatives.size())
                                          ? description.figureAlternatives.at(qsizetype(i)).trimmed()
                                          : QString();
                if (alternative.isEmpty())
                    alternative = description.language.startsWith(QLatin1String("de"))
                                      ? QStringLiteral("Foto")
                                      : QStringLiteral("Photo");
                figures[i].replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(utf8(alternative)));
            }

            describeLinks(pdf, description.linkDescriptions);

            root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(description.language)));
            QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
            preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
            root.replaceKey("/ViewerPreferences", preferences);
            QPDFObjectHandle markInfo = QPDFObjectHandle::newDictionary();
            markInfo.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
            root.replaceKey("/MarkInfo", markInfo);

            const QString producer =
                QStringLiteral("%1 (cairo %2, qpdf %3)")
                    .arg(description.producer, QString::fromLatin1(cairo_version_string()),
                         QString::fromStdString(QPDF::QPDFVersion()));
            QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
            info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(description.title)));
            info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(description.author)));
            info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(utf8(description.subject)));
            info.replaceKey("/Keywords", QPDFObjectHandle::newUnicodeString(
                                             utf8(description.keywords.join(QStringLiteral(", ")))));
            info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(utf8(producer)));
            info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(utf8(producer)));
            info.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(description.created)));
            info.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(description.created)));
            pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

            QPDFObjectHandle metadata = pdf.newStream(xmp(description, producer).toStdString());
            metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
            metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
            root.replaceKey("/Metadata", metadata);

            if (description.pdfa) {
                QPDFObjectHandle profile = pdf.newStream(srgbProfile());
                profile.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
                QPDFObjectHandle intent = QPDFObjectHandle::newDictionary();
                intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
                intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
                intent.replaceKey("/OutputConditionIdentifier",
                                  QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
                intent.replaceKey("/Info", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
                intent.replaceKey("/DestOutputProfile", profile);
                root.replaceKey("/OutputIntents",
                                QPDFObjectHandle::newArray({pdf.makeIndirectObject(intent)}));
            }

            // Streams already compressed (fonts, the converted page contents) are copied as they are, not
            // inflated and deflated again: that was a tenth of the export's time. Raw ones are deflated.
            QPDFWriter writer(pdf);
            writer.setOutputMemory();
            writer.setMinimumPDFVersion("1.7");
            writer.setDecodeLevel(qpdf_dl_none);
            writer.setCompressStreams(true);
            writer.setObjectStreamMode(qpdf_o_generate);
            writer.write();
            written = writer.getBufferSharedPointer();
        }
        return QByteArray(reinterpret_cast<const char *>(written->getBuffer()),
                          qsizetype(written->getSize()));
    } catch (const std::exception &failure) {
        return makeError(Error::Kind::Internal,
                         tr("The PDF could not be finished: %1").arg(QString::fromLocal8Bit(failure.what())));
    }
}

} // namespace pressdesk
