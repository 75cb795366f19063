// An outreach email as it goes on the wire, parsed back by a real MIME parser (GMime's): UTF-8
// subject and names, quoted-printable body, threading headers, List-Unsubscribe kept whole.
#include "outreach/MailMessage.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <gmime/gmime.h>

using namespace LeadSync;

namespace {

// A parsed message, freed with its parser's stream.
struct Parsed
{
    GMimeMessage* message = nullptr;
    ~Parsed()
    {
        if (message)
            g_object_unref(message);
    }
    QByteArray header(const char* name) const
    {
        const char* value = g_mime_object_get_header(GMIME_OBJECT(message), name);
        return value ? QByteArray(value) : QByteArray();
    }
};

void parse(const QByteArray& bytes, Parsed& parsed)
{
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    parsed.message = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    g_object_unref(stream);
}

QString decodedName(InternetAddressList* list)
{
    return QString::fromUtf8(internet_address_get_name(internet_address_list_get_address(list, 0)));
}

} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_mime_init(); }
    void rendersWhatAParserReadsBack();
    void firstStepHasNoThreadAndMailtoOnly();
    void messageIdsAreUniqueAtTheSendersDomain();
};

void TestMailMessage::rendersWhatAParserReadsBack()
{
    MailMessage mail;
    mail.fromName = QStringLiteral("Ana Müller");
    mail.fromAddress = QStringLiteral("ana@example.com");
    mail.toName = QStringLiteral("Jürgen Øster, Jr.");
    mail.toAddress = QStringLiteral("jurgen@kunde.de");
    mail.subject = QStringLiteral("Re: Grüße aus Köln — eine Frage zu Ihrem Angebot für 2027 👋");
    mail.body = QStringLiteral("Hallo Jürgen,\n\n.this line starts with a dot\nÉté à Zürich: ")
        + QString(120, u'x') + QStringLiteral("\n\nBeste Grüße\nAna");
    mail.date = QDateTime(QDate(2026, 3, 29), QTime(7, 30), QTimeZone::utc());
    mail.messageId = "ls.3.b@example.com";
    mail.references = { "ls.1.a@example.com", "ls.2.a@example.com" };
    mail.unsubscribeMailto = QStringLiteral("ana+unsubscribe@example.com");
    mail.unsubscribeUrl = QStringLiteral("https://unsubscribe.example.com/one-click?lead=")
        + QString(120, u'a') + QStringLiteral("&sig=0123456789abcdef");
    const QByteArray wire = mail.render();

    // Every line ends with CRLF and stays under SMTP's 998 octets.
    QVERIFY(wire.endsWith("\r\n"));
    for (const QByteArray& line : wire.split('\n')) {
        QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData());
        QVERIFY(line.size() <= 999);
    }
    QVERIFY2(wire.contains("Content-Transfer-Encoding: quoted-printable"), wire.constData());
    QVERIFY(!wire.contains("Grüße")); // no raw 8-bit header or body

    Parsed parsed;
    parse(wire, parsed);
    QVERIFY(parsed.message);
    QCOMPARE(QString::fromUtf8(g_mime_message_get_subject(parsed.message)), mail.subject);
    QCOMPARE(decodedName(g_mime_message_get_from(parsed.message)), mail.fromName);
    QCOMPARE(decodedName(g_mime_message_get_to(parsed.message)), mail.toName);
    QCOMPARE(QByteArray(g_mime_message_get_message_id(parsed.message)), mail.messageId);
    QCOMPARE(parsed.header("In-Reply-To").trimmed(), QByteArray("<ls.2.a@example.com>"));
    GMimeReferences* references = g_mime_references_parse(nullptr, parsed.header("References").constData());
    QCOMPARE(g_mime_references_length(references), 2);
    QCOMPARE(QByteArray(g_mime_references_get_message_id(references, 0)), QByteArray("ls.1.a@example.com"));
    QCOMPARE(QByteArray(g_mime_references_get_message_id(references, 1)), QByteArray("ls.2.a@example.com"));
    g_mime_references_free(references);
    // List-Unsubscribe: the URL whole, then the mailto, on one line (RFC 8058 one-click).
    const QByteArray unsubscribe = parsed.header("List-Unsubscribe").trimmed();
    QCOMPARE(unsubscribe,
        "<" + mail.unsubscribeUrl.toUtf8() + ">, <mailto:ana+unsubscribe@example.com?subject=unsubscribe>");
    const qsizetype at = wire.indexOf("List-Unsubscribe:");
    QVERIFY(wire.indexOf("\r\n", at) > wire.indexOf("?subject=unsubscribe>", at)); // not folded
    QCOMPARE(parsed.header("List-Unsubscribe-Post").trimmed(), QByteArray("List-Unsubscribe=One-Click"));
    GDateTime* date = g_mime_message_get_date(parsed.message);
    QCOMPARE(qint64(g_date_time_to_unix(date)), mail.date.toSecsSinceEpoch());
    // The body decodes to the text, a leading dot and the long line included.
    GMimeObject* part = g_mime_message_get_mime_part(parsed.message);
    QVERIFY(GMIME_IS_TEXT_PART(part));
    QCOMPARE(
        QByteArray(g_mime_object_get_content_type_parameter(part, "charset")).toLower(), QByteArray("utf-8"));
    char* text = g_mime_text_part_get_text(GMIME_TEXT_PART(part));
    QString decoded = QString::fromUtf8(text).remove(u'\r');
    if (decoded.endsWith(u'\n')) // the wire form ends with a line end
        decoded.chop(1);
    QCOMPARE(decoded, mail.body);
    g_free(text);
}

void TestMailMessage::firstStepHasNoThreadAndMailtoOnly()
{
    MailMessage mail;
    mail.fromAddress = QStringLiteral("ana@example.com");
    mail.toAddress = QStringLiteral("bo@example.org");
    mail.subject = QStringLiteral("Hello");
    mail.body = QStringLiteral("Hi");
    mail.date = QDateTime::currentDateTimeUtc();
    mail.messageId = MailMessage::newMessageId(mail.fromAddress);
    mail.unsubscribeMailto = mail.fromAddress;
    Parsed parsed;
    parse(mail.render(), parsed);
    QVERIFY(parsed.header("In-Reply-To").isEmpty());
    QVERIFY(parsed.header("References").isEmpty());
    QVERIFY(parsed.header("List-Unsubscribe-Post").isEmpty()); // one-click only with an https URL
    QCOMPARE(parsed.header("List-Unsubscribe").trimmed(),
        QByteArray("<mailto:ana@example.com?subject=unsubscribe>"));
    QCOMPARE(QString::fromUtf8(g_mime_message_get_subject(parsed.message)), mail.subject);
}

void TestMailMessage::messageIdsAreUniqueAtTheSendersDomain()
{
    QSet<QByteArray> ids;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray id = MailMessage::newMessageId(QStringLiteral("Ana@Example.COM"));
        QVERIFY(id.endsWith("@example.com"));
        QVERIFY(!id.contains('<') && !id.contains(' '));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 1000);
    QVERIFY(MailMessage::newMessageId(QStringLiteral("ana@bücher.de")).endsWith("@xn--bcher-kva.de"));
}

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
