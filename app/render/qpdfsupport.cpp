#include "qpdfsupport.h"

#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFLogger.hh>

namespace pressdesk::qpdfsupport {

void readQuietly(QPDF &pdf, const QByteArray &bytes, const char *description)
{
    auto logger = QPDFLogger::create();
    logger->setInfo(logger->discard());
    logger->setWarn(logger->discard());
    logger->setError(logger->discard());
    pdf.setLogger(logger);
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile(description, bytes.constData(), size_t(bytes.size()));
}

QStringList takeWarnings(QPDF &pdf, int limit)
{
    QStringList lines;
    const std::vector<QPDFExc> warnings = pdf.getWarnings();
    for (const QPDFExc &warning : warnings) {
        if (lines.size() == limit) {
            lines.append(QStringLiteral("qpdf: … and %1 more warnings").arg(warnings.size() - size_t(limit)));
            break;
        }
        lines.append(QStringLiteral("qpdf: ") + fromStd(warning.what()));
    }
    return lines;
}

QPDFObjectHandle dictValue(QPDFObjectHandle object, const std::string &key)
{
    if (object.isStream())
        return object.getDict().getKey(key);
    if (object.isDictionary())
        return object.getKey(key);
    return QPDFObjectHandle::newNull();
}

std::string nameOf(QPDFObjectHandle object)
{
    std::string value;
    if (!object.getValueAsName(value) || value.empty())
        return {};
    return value.substr(1);
}

QString textOf(QPDFObjectHandle object)
{
    std::string value;
    if (!object.getValueAsUTF8(value))
        return {};
    return fromStd(value);
}

bool isTrue(QPDFObjectHandle object)
{
    bool value = false;
    return object.getValueAsBool(value) && value;
}

bool intOf(QPDFObjectHandle object, long long &value)
{
    return object.getValueAsInt(value);
}

std::vector<QPDFObjectHandle> itemsOf(QPDFObjectHandle arrayOrSingle)
{
    if (arrayOrSingle.isArray())
        return arrayOrSingle.getArrayAsVector();
    if (arrayOrSingle.isNull())
        return {};
    return {arrayOrSingle};
}

QString fromStd(const std::string &value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

bool isStructElem(QPDFObjectHandle kid)
{
    return kid.isDictionary() && !nameOf(kid.getKey("/S")).empty();
}

bool mcidOf(QPDFObjectHandle propertyList, QPDFObjectHandle resources, long long &mcid)
{
    std::string propertyName;
    if (propertyList.getValueAsName(propertyName))
        propertyList = dictValue(dictValue(resources, "/Properties"), propertyName);
    return intOf(dictValue(propertyList, "/MCID"), mcid);
}

} // namespace pressdesk::qpdfsupport
