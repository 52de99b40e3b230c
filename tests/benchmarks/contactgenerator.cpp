#include "contactgenerator.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace benchmark {

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QStringList &femaleNames()
{
    static const QStringList names = words(
        "Anna Anna-Lena Marie Sophie Lea Hannah Emma Mia Lena Laura Julia Sarah Lisa Katharina Johanna "
        "Charlotte Clara Greta Paula Jana Annika Nele Jule Sabine Petra Monika Ursula Brigitte Renate "
        "Gisela Bärbel Käthe Lotte Anne-Kathrin Marie-Luise Eva-Maria Hannelore Dörte Jördis Maren "
        "Silke Heike Anke Birgit Karin Susanne Stefanie Nicole Claudia Andrea Martina Sandra Tanja Ayşe "
        "Elif Zeynep Fatma Agnieszka Małgorzata Zoë Chloé Frauke Gudrun Anna-Sophie Ines Miriam Franziska");
    return names;
}

const QStringList &maleNames()
{
    static const QStringList names = words(
        "Hans Hans-Peter Karl-Heinz Jürgen Jörg Sören Björn Günther Günter Jürg Uwe Klaus Peter Michael "
        "Thomas Andreas Stefan Frank Markus Christian Martin Tobias Jan Lukas Leon Paul Jonas Felix "
        "Maximilian Finn Noah Elias Ben Luca Matthias Wolfgang Dieter Horst Helmut Manfred Gerd Bernd "
        "Rüdiger Götz Jens Dirk Torsten Sven Kai Ole Malte Hauke Mehmet Mustafa Ömer Ahmet Can Emre Piotr "
        "Krzysztof Łukasz René André Frank-Walter Heinz-Dieter Friedrich-Wilhelm Jean-Luc Timo Nils");
    return names;
}

const QStringList &familyNames()
{
    static const QStringList names = words(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
        "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
        "Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter "
        "Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller "
        "Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm "
        "Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt "
        "Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt "
        "Sauer Arnold Wolff Pfeiffer Öztürk Yılmaz Kaya Şahin Demir Çelik Nowak Kowalski Wiśniewski "
        "Großmann Weißenberg Dreßler Kießling Strauß Fußmann Süß Grün Bäcker Mößner Löffler Nüßlein "
        "Gößwein Ströbele Hölscher Wüst Düsterhöft Lüdenscheidt Überall Ährenfeld Oßwald Köster Brüggemann "
        "Rößler Jürgens Sievers Thießen Claßen Heß Schüßler Kötter Brömmel Tönnies Büscher Fröhlich "
        "Gärtner Hübner Kästner Lübke Mühlenkamp Pöppel Reuß Rückert Schütte Spieß Stüber Tüns Völker "
        "Wöhrle Zöllner Dąbrowski Lefèvre Ruiz Rossi Papadopoulos Nguyen Ivanović Jovanović Hansen "
        "Petersen Jensen Carstensen Paulsen Thomsen");
    return names;
}

const QStringList &cities()
{
    static const QStringList names = words(
        "Bochum Dortmund Essen Gelsenkirchen Herne Witten Hattingen Düsseldorf Köln Bonn Duisburg "
        "Mülheim Oberhausen Bottrop Recklinghausen Castrop-Rauxel Lünen Hagen Wuppertal Solingen Remscheid "
        "Lüdenscheid Iserlohn Münster Osnabrück Bielefeld Paderborn Göttingen Würzburg Nürnberg Fürth "
        "Erlangen München Augsburg Regensburg Passau Saarbrücken Kaiserslautern Mainz Wiesbaden Frankfurt "
        "Darmstadt Gießen Marburg Kassel Hannover Braunschweig Lüneburg Bremen Hamburg Kiel Lübeck "
        "Rostock Schwerin Greifswald Berlin Potsdam Cottbus Dresden Leipzig Chemnitz Görlitz Zwickau "
        "Erfurt Jena Weimar Halle Magdeburg Dessau Stuttgart Tübingen Reutlingen Ulm Freiburg Konstanz "
        "Karlsruhe Heidelberg Mannheim Trier Koblenz Aachen Krefeld Mönchengladbach Neuss Gütersloh");
    return names;
}

// "%1" is a city.
const QStringList &organisationPatterns()
{
    static const QStringList patterns{
        QStringLiteral("Stadt %1"),
        QStringLiteral("Stadtwerke %1"),
        QStringLiteral("%1er Zeitung"),
        QStringLiteral("Radio %1"),
        QStringLiteral("Westdeutsche Allgemeine Zeitung, Lokalredaktion %1"),
        QStringLiteral("Amt für Stadtplanung %1"),
        QStringLiteral("Wirtschaftsförderung %1 GmbH"),
        QStringLiteral("Sparkasse %1"),
        QStringLiteral("Verkehrsbetriebe %1 AG"),
        QStringLiteral("Klinikum %1"),
        QStringLiteral("Hochschule %1"),
        QStringLiteral("Theater %1"),
        QStringLiteral("Handwerkskammer %1"),
        QStringLiteral("IHK %1"),
        QStringLiteral("Polizeipräsidium %1"),
        QStringLiteral("Feuerwehr %1"),
        QStringLiteral("Wohnungsbaugesellschaft %1 mbH"),
        QStringLiteral("Stadtmarketing %1 e. V."),
        QStringLiteral("Tourismusbüro %1"),
        QStringLiteral("Zoo %1"),
        QStringLiteral("Kunstmuseum %1"),
        QStringLiteral("Volkshochschule %1"),
        QStringLiteral("Jobcenter %1"),
        QStringLiteral("Entsorgungsbetriebe %1"),
        QStringLiteral("Sportbund %1 e. V."),
    };
    return patterns;
}

const QStringList &roles()
{
    static const QStringList list{QStringLiteral("Pressesprecherin"),
                                  QStringLiteral("Pressesprecher"),
                                  QStringLiteral("Redakteurin"),
                                  QStringLiteral("Redakteur"),
                                  QStringLiteral("Chefredakteurin"),
                                  QStringLiteral("Chef vom Dienst"),
                                  QStringLiteral("Volontärin"),
                                  QStringLiteral("Freier Journalist"),
                                  QStringLiteral("Fotografin"),
                                  QStringLiteral("Korrespondent"),
                                  QStringLiteral("Leiterin Unternehmenskommunikation"),
                                  QStringLiteral("Referent Öffentlichkeitsarbeit"),
                                  QStringLiteral("Oberbürgermeister"),
                                  QStringLiteral("Bürgermeisterin"),
                                  QStringLiteral("Stadtbaurätin"),
                                  QStringLiteral("Kämmerer"),
                                  QStringLiteral("Geschäftsführer"),
                                  QStringLiteral("Vorstandsvorsitzende"),
                                  QStringLiteral("Projektleiter"),
                                  QStringLiteral("Amtsleiterin"),
                                  QStringLiteral("Dezernent für Umwelt"),
                                  QStringLiteral("Social-Media-Redakteurin"),
                                  QStringLiteral("Moderator"),
                                  QStringLiteral("Intendantin"),
                                  QStringLiteral("Museumsdirektor"),
                                  QStringLiteral("Schulleiterin"),
                                  QStringLiteral("Polizeisprecher"),
                                  QStringLiteral("Betriebsratsvorsitzender"),
                                  QStringLiteral("Wissenschaftliche Mitarbeiterin"),
                                  QStringLiteral("Gästeführer")};
    return list;
}

const QStringList &topics()
{
    static const QStringList list =
        QString::fromUtf8(
            "Wirtschaft|Verkehr|ÖPNV|Kultur|Bildung|Stadtentwicklung|Umwelt|Klimaschutz|Sport|Gesundheit|"
            "Soziales|Digitalisierung|Wissenschaft|Haushalt|Wohnen|Energie|Tourismus|Sicherheit|Feuerwehr|"
            "Strukturwandel|Einzelhandel|Gastronomie|Veranstaltungen|Schulen|Kitas|Jugend|Senioren|"
            "Integration|Hochschule|Forschung|Medien|Musik|Theater|Museen|Denkmalschutz|Straßenbau|"
            "Radverkehr|Grünflächen|Abfallwirtschaft|Bürgerbeteiligung")
            .split(QLatin1Char('|'));
    return list;
}

const QStringList &freemail()
{
    static const QStringList list{QStringLiteral("gmx.de"),      QStringLiteral("web.de"),
                                  QStringLiteral("t-online.de"), QStringLiteral("posteo.de"),
                                  QStringLiteral("mailbox.org"), QStringLiteral("freenet.de")};
    return list;
}

// "Müller-Lüdenscheidt" → "mueller-luedenscheidt": addresses are ASCII, as most still are.
QString slug(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case 0x00E4:
            out += QLatin1String("ae");
            break;
        case 0x00F6:
            out += QLatin1String("oe");
            break;
        case 0x00FC:
            out += QLatin1String("ue");
            break;
        case 0x00DF:
            out += QLatin1String("ss");
            break;
        default: {
            const QString base = QString(c).normalized(QString::NormalizationForm_D);
            const QChar first = base.isEmpty() ? c : base.at(0);
            if ((first >= QLatin1Char('a') && first <= QLatin1Char('z')) ||
                (first >= QLatin1Char('0') && first <= QLatin1Char('9')))
                out += first;
            else if (c == QChar(0x0131)) // ı
                out += QLatin1Char('i');
            else if (c == QChar(0x0142)) // ł
                out += QLatin1Char('l');
            else if (!out.endsWith(QLatin1Char('-')) && !out.isEmpty())
                out += QLatin1Char('-');
            break;
        }
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

} // namespace

ContactGenerator::ContactGenerator(std::uint64_t seed)
    : m_random(seed)
{
}

int ContactGenerator::bounded(int upper)
{
    return int(m_random() % std::uint64_t(upper));
}

QString ContactGenerator::pick(const QStringList &list)
{
    return list.at(bounded(int(list.size())));
}

QString ContactGenerator::organisationFor(int index) const
{
    const QStringList &patterns = organisationPatterns();
    const int cityCombinations = int(patterns.size() * cities().size());
    if (index < cityCombinations)
        return patterns.at(index % patterns.size()).arg(cities().at(index / patterns.size()));
    // Beyond the public bodies: firms and offices named after people, as a media database holds them.
    const int rest = index - cityCombinations;
    const QStringList &families = familyNames();
    const QString first = families.at(rest % families.size());
    const QString second = families.at((rest / families.size()) % families.size());
    const QString city = cities().at((rest / (families.size() * families.size())) % cities().size());
    switch ((rest / (families.size() * families.size() * cities().size())) % 4) {
    case 0:
        return QStringLiteral("%1 & %2 Kommunikation GmbH, %3").arg(first, second, city);
    case 1:
        return QStringLiteral("Kanzlei %1 %2, %3").arg(first, second, city);
    case 2:
        return QStringLiteral("%1 + %2 Architekten, %3").arg(first, second, city);
    default:
        return QStringLiteral("Agentur %1%2, %3").arg(first, second, city);
    }
}

GeneratedContact ContactGenerator::next()
{
    QSet<QString> &usedNames = m_usedNames;
    QHash<QString, int> &usedAddresses = m_usedAddresses;
    GeneratedContact contact;
    ++m_serial;
    for (int attempt = 0;; ++attempt) {
        const bool female = bounded(2) == 0;
        contact.givenName = pick(female ? femaleNames() : maleNames());
        contact.familyName = pick(familyNames());
        if (bounded(100) < 8) // double names: "Müller-Lüdenscheidt"
            contact.familyName += QLatin1Char('-') + pick(familyNames());
        const int honorific = bounded(100);
        contact.honorific = honorific < 30   ? (female ? QStringLiteral("Frau") : QStringLiteral("Herr"))
                            : honorific < 36 ? QStringLiteral("Dr.")
                            : honorific < 37 ? QStringLiteral("Prof. Dr.")
                                             : QString();
        contact.organisation = bounded(100) < 90 ? organisationFor(bounded(m_organisationCount)) : QString();
        const QString key = contact.givenName + QLatin1Char('|') + contact.familyName + QLatin1Char('|') +
                            contact.organisation;
        if (!usedNames.contains(key) || attempt > 50) {
            usedNames.insert(key);
            break;
        }
    }
    contact.role = pick(roles());
    const int topicCount = 1 + bounded(3);
    for (int i = 0; i < topicCount; ++i) {
        const QString topic = pick(topics());
        if (!contact.topics.contains(topic))
            contact.topics.append(topic);
    }
    contact.availableForPress = bounded(100) < 55;
    const QString domain =
        contact.organisation.isEmpty()
            ? pick(freemail())
            : slug(contact.organisation.section(QLatin1Char(','), 0, 0)).left(40) + QStringLiteral(".de");
    QString local = slug(contact.givenName) + QLatin1Char('.') + slug(contact.familyName);
    const int seen = usedAddresses.value(local + QLatin1Char('@') + domain, 0);
    usedAddresses.insert(local + QLatin1Char('@') + domain, seen + 1);
    if (seen > 0)
        local += QString::number(seen + 1);
    contact.email = local + QLatin1Char('@') + domain;
    contact.phone =
        QStringLiteral("0%1 %2-%3").arg(200 + bounded(800)).arg(100 + bounded(900)).arg(1000 + bounded(9000));
    if (bounded(100) < 50)
        contact.mobile = QStringLiteral("01%1 %2").arg(51 + bounded(29)).arg(1000000 + bounded(9000000));
    return contact;
}

QStringList ContactGenerator::csvHeader()
{
    return {QStringLiteral("Anrede"),        QStringLiteral("Vorname"), QStringLiteral("Nachname"),
            QStringLiteral("Funktion"),      QStringLiteral("Firma"),   QStringLiteral("E-Mail"),
            QStringLiteral("Telefon"),       QStringLiteral("Mobil"),   QStringLiteral("Themen"),
            QStringLiteral("Presseanfragen")};
}

bool ContactGenerator::writeCsv(const QString &path, int count)
{
    m_serial = 0;
    m_usedNames.clear();
    m_usedAddresses.clear();
    m_organisationCount = std::max(50, count / 25);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk = csvHeader().join(QLatin1Char(',')).toUtf8() + '\n';
    for (int i = 0; i < count; ++i) {
        const GeneratedContact c = next();
        const QStringList fields{c.honorific,
                                 c.givenName,
                                 c.familyName,
                                 c.role,
                                 c.organisation,
                                 c.email,
                                 c.phone,
                                 c.mobile,
                                 c.topics.join(QStringLiteral(", ")),
                                 c.availableForPress ? QStringLiteral("ja") : QStringLiteral("nein")};
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted.append(csvField(field));
        chunk += quoted.join(QLatin1Char(',')).toUtf8() + '\n';
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size() && file.flush();
}

QString ContactGenerator::quoteText()
{
    static const QStringList openings{
        QStringLiteral("Wir sind natürlich auch ein bisschen stolz darauf, dass"),
        QStringLiteral("Es scheint nun klar, dass"),
        QStringLiteral("Für die Menschen in unserer Stadt bedeutet das, dass"),
        QStringLiteral("Ich freue mich sehr, dass"),
        QStringLiteral("Wir haben lange dafür gearbeitet, dass"),
        QStringLiteral("Gerade im Strukturwandel zeigt sich, dass")};
    static const QStringList middles{
        QStringLiteral("die neue Linie schon im Frühjahr fährt"),
        QStringLiteral("hier bis 2030 mehr als tausend Arbeitsplätze entstehen"),
        QStringLiteral("das Gelände des früheren Werks wieder belebt wird"),
        QStringLiteral("unsere Schulen endlich schnelles Internet bekommen"),
        QStringLiteral("die Bürgerinnen und Bürger mitentscheiden können"),
        QStringLiteral("das Theater auch in schwierigen Zeiten geöffnet bleibt")};
    static const QStringList endings{QStringLiteral("."), QStringLiteral(" – und das ist erst der Anfang."),
                                     QStringLiteral(". Darauf können wir gemeinsam aufbauen."),
                                     QStringLiteral(". Das ist ein gutes Signal für die ganze Region.")};
    return pick(openings) + QLatin1Char(' ') + pick(middles) + pick(endings);
}

QStringList ContactGenerator::typedNames()
{
    return {QStringLiteral("Müller-Lüdenscheidt"),
            QStringLiteral("Schäfer"),
            QStringLiteral("Weiß"),
            QStringLiteral("Anna-Lena"),
            QStringLiteral("Öztürk"),
            QStringLiteral("Krüger"),
            QStringLiteral("Hoffmann"),
            QStringLiteral("Großmann")};
}

} // namespace benchmark
