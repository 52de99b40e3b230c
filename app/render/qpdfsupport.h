#pragma once

// What the render layer's PDF post-processing shares about libqpdf. Internal: it includes qpdf, which the
// render library links PRIVATE, so no public header of the layer may include this one.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <string>
#include <vector>

namespace pressdesk::qpdfsupport {

// Reads a PDF held in memory. Nothing is printed: qpdf's warnings are kept for QPDF::getWarnings() and its
// logger writes nowhere. Throws what QPDF::processMemoryFile throws (QPDFExc, std::exception) on a file that
// cannot be read at all. qpdf does not copy the bytes: `bytes` must outlive `pdf`.
void readQuietly(QPDF &pdf, const QByteArray &bytes, const char *description);

// The warnings qpdf collected since the last call, one line each, at most `limit` lines (a last line counts
// the rest). Clears qpdf's list.
QStringList takeWarnings(QPDF &pdf, int limit = 10);

// Type-safe reads that never make qpdf warn (a wrong-type access on a QPDFObjectHandle is itself a warning).
// dictValue(): the value of `key` in a dictionary or a stream's dictionary; null for anything else.
QPDFObjectHandle dictValue(QPDFObjectHandle object, const std::string &key);
// The name without its slash ("/Figure" -> "Figure"), or an empty string for anything but a name.
std::string nameOf(QPDFObjectHandle object);
// A text string as UTF-8 (PDFDocEncoding or UTF-16BE), or an empty string for anything but a string.
QString textOf(QPDFObjectHandle object);
bool isTrue(QPDFObjectHandle object);
// The integer, or false for anything but an integer.
bool intOf(QPDFObjectHandle object, long long &value);
// An array's items, or the object itself when it is no array; nothing for null.
std::vector<QPDFObjectHandle> itemsOf(QPDFObjectHandle arrayOrSingle);

QString fromStd(const std::string &value);

// A structure element among the kids of a /K: a dictionary with a /S name (a marked-content reference has
// /Type /MCR, an object reference /Type /OBJR, and neither has /S).
bool isStructElem(QPDFObjectHandle kid);

// The MCID of a BDC's property list: the dictionary itself, or a name looked up in the /Properties of the
// resources in force. False when there is none.
bool mcidOf(QPDFObjectHandle propertyList, QPDFObjectHandle resources, long long &mcid);

} // namespace pressdesk::qpdfsupport
