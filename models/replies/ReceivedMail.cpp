#include "ReceivedMail.h"

#include "Error.h"
#include "outreach/GMimeSupport.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

namespace LeadSync {

namespace {

QString header(GMimeObject* object, const char* name)
{
    const char* value = g_mime_object_get_header(object, name);
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

QString contentType(GMimeObject* object)
{
    GMimeContentType* type = g_mime_object_get_content_type(object);
    return type ? QStringLiteral("%1/%2")
                      .arg(QString::fromUtf8(g_mime_content_type_get_media_type(type)),
                          QString::fromUtf8(g_mime_content_type_get_media_subtype(type)))
                      .toLower()
                : QString();
}

// A leaf part's content, its transfer encoding undone and its charset decoded.
QString partText(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    const QByteArray data(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
    const char* charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
    QStringDecoder decoder(charset ? charset : "UTF-8");
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder(data);
}

QByteArrayList messageIds(const QString& text)
{
    QByteArrayList ids;
    GMimeReferences* references = g_mime_references_parse(nullptr, text.toUtf8().constData());
    if (!references)
        return ids;
    for (int i = 0; i < g_mime_references_length(references); ++i)
        ids.append(QByteArray(g_mime_references_get_message_id(references, i)));
    g_mime_references_free(references);
    return ids;
}

// Walks the parts: the first text/plain (else text/html, tags removed), the delivery-status fields
// and the returned message's headers of a report.
struct Parts
{
    QString plain;
    QString html;
    QString deliveryStatus;
    QString returnedHeaders;
    QByteArray returnedMessageId;
};

void walk(GMimeObject* object, Parts& parts, int depth = 0)
{
    if (!object || depth > 16)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i)
            walk(g_mime_multipart_get_part(multipart, i), parts, depth + 1);
        return;
    }
    const QString type = contentType(object);
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* returned = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (returned && g_mime_message_get_message_id(returned))
            parts.returnedMessageId = g_mime_message_get_message_id(returned);
        return; // the returned message's own text is not the bounce's
    }
    if (!GMIME_IS_PART(object))
        return;
    const QString text = partText(GMIME_PART(object));
    if (type == u"message/delivery-status" || type == u"message/global-delivery-status")
        parts.deliveryStatus += text;
    else if (type == u"text/rfc822-headers" || type == u"message/global-headers")
        parts.returnedHeaders += text;
    else if (type == u"text/plain" && parts.plain.isEmpty() && !g_mime_part_is_attachment(GMIME_PART(object)))
        parts.plain = text;
    else if (type == u"text/html" && parts.html.isEmpty())
        parts.html = text;
}

QString stripHtml(QString html)
{
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|/div|/li)[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression hidden(QStringLiteral("<(style|script)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    html.remove(hidden).replace(breaks, QStringLiteral("\n")).remove(tags);
    return html.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

// The first date on or after today (and within a year) that the text names: "14.12.2026",
// "2026-12-14", "12/14/2026", "14 December", "December 14", "14. Dezember", "14 декабря".
std::optional<QDate> returnDate(const QString& text, const QDate& today)
{
    static const QStringList months[] = {
        { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
            QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
            QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec") },
        { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mär"), QStringLiteral("apr"),
            QStringLiteral("mai"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
            QStringLiteral("sep"), QStringLiteral("okt"), QStringLiteral("nov"), QStringLiteral("dez") },
        { QStringLiteral("янв"), QStringLiteral("фев"), QStringLiteral("мар"), QStringLiteral("апр"),
            QStringLiteral("ма"), QStringLiteral("июн"), QStringLiteral("июл"), QStringLiteral("авг"),
            QStringLiteral("сен"), QStringLiteral("окт"), QStringLiteral("ноя"), QStringLiteral("дек") },
    };
    const auto monthOf = [](const QString& word) {
        const QString lower = word.toLower();
        for (const QStringList& language : months) {
            for (int m = 11; m >= 0; --m) { // "мар" before "ма"
                if (lower.startsWith(language[m]))
                    return m + 1;
            }
        }
        return 0;
    };
    const auto plausible = [&today](int year, int month, int day) -> std::optional<QDate> {
        QDate date(year, month, day);
        if (date.isValid() && date < today && year == today.year())
            date = date.addYears(1); // "14 January" said in December
        if (date.isValid() && date >= today && date <= today.addYears(1))
            return date;
        return std::nullopt;
    };
    static const QRegularExpression numeric(
        QStringLiteral("\\b(?:(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/"
                       "(\\d{1,2})/(\\d{4}))\\b"));
    // Day then month ("14. Dezember"), and month then day ("December 14"), each over the whole text:
    // one pattern for both would let "zum 10" hide "10. Dezember".
    static const QRegularExpression dayMonth(QStringLiteral("\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,})"));
    static const QRegularExpression monthDay(QStringLiteral("(\\p{L}{3,})\\s+(\\d{1,2})\\b"));
    std::optional<QDate> found;
    const auto take = [&found](std::optional<QDate> date) {
        if (date && (!found || *date < *found))
            found = date;
    };
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.hasCaptured(1)) {
            int year = match.captured(3).toInt();
            take(plausible(
                year < 100 ? 2000 + year : year, match.captured(2).toInt(), match.captured(1).toInt()));
        } else if (match.hasCaptured(4)) {
            take(plausible(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt()));
        } else {
            take(plausible(match.captured(9).toInt(), match.captured(7).toInt(), match.captured(8).toInt()));
        }
    }
    for (const auto& [pattern, dayFirst] :
        { std::pair { &dayMonth, true }, std::pair { &monthDay, false } }) {
        for (auto it = pattern->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const int month = monthOf(match.captured(dayFirst ? 2 : 1));
            if (month > 0)
                take(plausible(today.year(), month, match.captured(dayFirst ? 1 : 2).toInt()));
        }
    }
    return found;
}

bool matchesAny(const QString& text, const QRegularExpression& pattern)
{
    return pattern.match(text).hasMatch();
}

} // namespace

QString ReceivedMail::withoutQuotedHistory(const QString& text)
{
    static const QRegularExpression start(
        QStringLiteral("^(?:On .+ wrote:|Am .+ schrieb .+:|.+ "
                       "(?:пишет|написал\\(а\\)|написал|написала):|-{2,} ?(?:Original "
                       "Message|Ursprüngliche Nachricht|Исходное сообщение|Пересылаемое сообщение) "
                       "?-{2,}|From: .+|Von: .+|От: .+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList kept;
    const QStringList lines
        = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    for (const QString& line : lines) {
        if (start.match(line.trimmed()).hasMatch())
            break;
        if (line.startsWith(u'>'))
            continue;
        kept.append(line);
    }
    return kept.join(u'\n').trimmed();
}

ReceivedMail ReceivedMail::parse(const QByteArray& raw, const QDate& today)
{
    initGMime();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message)
        throw Error(
            QCoreApplication::translate("LeadSync::ReceivedMail", "The message cannot be read as an email."));
    GMimeObject* object = GMIME_OBJECT(message.get());
    ReceivedMail mail;
    if (const char* id = g_mime_message_get_message_id(message.get()))
        mail.messageId = id;
    mail.references = messageIds(header(object, "In-Reply-To")) + messageIds(header(object, "References"));
    if (InternetAddressList* from = g_mime_message_get_from(message.get());
        from && internet_address_list_length(from) > 0) {
        InternetAddress* first = internet_address_list_get_address(from, 0);
        if (INTERNET_ADDRESS_IS_MAILBOX(first))
            mail.fromAddress
                = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(first)))
                      .toLower();
        if (const char* name = internet_address_get_name(first))
            mail.fromName = QString::fromUtf8(name);
    }
    if (const char* subject = g_mime_message_get_subject(message.get()))
        mail.subject = QString::fromUtf8(subject);
    if (GDateTime* date = g_mime_message_get_date(message.get()))
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), QTimeZone::utc());
    Parts parts;
    walk(g_mime_message_get_mime_part(message.get()), parts);
    const QString body = parts.plain.isEmpty() ? stripHtml(parts.html) : parts.plain;
    mail.text = withoutQuotedHistory(body);

    // A delivery status notification (RFC 3464), or one of the common formats without it: from the
    // mailer daemon, with a subject that says so.
    static const QRegularExpression bounceSubject(
        QStringLiteral(
            "undeliver|delivery status notification|returned mail|mail delivery (?:failed|failure|subsystem)|"
            "failure notice|delivery failure|nicht zustellbar|unzustellbar|не доставлено|недоставленное"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression daemon(
        QStringLiteral("^(?:mailer-daemon|postmaster)@"), QRegularExpression::CaseInsensitiveOption);
    const bool report = contentType(g_mime_message_get_mime_part(message.get())) == u"multipart/report";
    if (report || !parts.deliveryStatus.isEmpty()
        || (matchesAny(mail.fromAddress, daemon) && matchesAny(mail.subject, bounceSubject))) {
        mail.kind = Kind::Bounce;
        static const QRegularExpression statusField(
            QStringLiteral("^Status:\\s*([245]\\.\\d{1,3}\\.\\d{1,3})"),
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression anyStatus(QStringLiteral("\\b([45]\\.\\d{1,3}\\.\\d{1,3})\\b"));
        static const QRegularExpression smtpCode(QStringLiteral("\\b([45])\\d\\d[ -]"));
        static const QRegularExpression recipient(
            QStringLiteral("^(?:Final|Original)-Recipient:\\s*(?:rfc822;)?\\s*<?([^>\\s]+@[^>\\s]+)>?"),
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression anyAddress(
            QStringLiteral("<?([A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})>?"));
        static const QRegularExpression returnedId(QStringLiteral("^Message-ID:\\s*<([^>]+)>"),
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        QRegularExpressionMatch match = statusField.match(parts.deliveryStatus);
        if (!match.hasMatch())
            match = anyStatus.match(body);
        if (match.hasMatch()) {
            mail.status = match.captured(1);
            mail.permanent = mail.status.startsWith(u'5');
        } else {
            const QRegularExpressionMatch code = smtpCode.match(body);
            mail.permanent = !code.hasMatch() || code.captured(1) == u"5"; // a failure notice without codes
        }
        match = recipient.match(parts.deliveryStatus);
        if (!match.hasMatch())
            match = anyAddress.match(body);
        if (match.hasMatch())
            mail.bouncedAddress = match.captured(1).toLower();
        mail.bouncedMessageId = parts.returnedMessageId;
        if (mail.bouncedMessageId.isEmpty()) {
            const QRegularExpressionMatch id = returnedId.match(parts.returnedHeaders + u'\n' + body);
            if (id.hasMatch())
                mail.bouncedMessageId = id.captured(1).toUtf8();
        }
        return mail;
    }

    // An automatic reply (RFC 3834 and the common headers, then the subjects of out-of-office replies).
    const QString autoSubmitted = header(object, "Auto-Submitted").toLower();
    static const QRegularExpression autoSubject(
        QStringLiteral("out of (?:the )?office|automatic reply|auto(?:matic)?[- "
                       "]?reply|autoresponse|abwesenheit|automatische antwort|"
                       "nicht im büro|außer haus|автоответ|автоматический ответ|вне офиса|в отпуске"),
        QRegularExpression::CaseInsensitiveOption);
    if ((!autoSubmitted.isEmpty() && autoSubmitted != u"no") || !header(object, "X-Autoreply").isEmpty()
        || !header(object, "X-Autorespond").isEmpty()
        || header(object, "Precedence").toLower() == u"auto_reply" || matchesAny(mail.subject, autoSubject)) {
        mail.kind = Kind::AutoReply;
        mail.backOn = returnDate(body, today);
        return mail;
    }

    // A request to stop writing, in English, German or Russian.
    static const QRegularExpression unsubscribe(
        QStringLiteral(
            "\\bunsubscribe\\b|remove me\\b|take me off|stop (?:emailing|e-mailing|writing|contacting)|do "
            "not "
            "(?:contact|email|e-mail) me|don't (?:contact|email|e-mail) me|no more emails|abmelden|austragen|"
            "keine (?:weiteren )?(?:e-?mails|nachrichten)|nicht mehr (?:kontaktieren|anschreiben|schreiben)|"
            "отпис|отпиш|удалите меня|не пишите|больше не пишите|уберите меня"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (matchesAny(mail.subject + u'\n' + mail.text, unsubscribe))
        mail.kind = Kind::Unsubscribe;
    return mail;
}

} // namespace LeadSync
