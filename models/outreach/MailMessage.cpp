#include "MailMessage.h"

#include "GMimeSupport.h"

#include <QRandomGenerator>
#include <QUrl>

namespace LeadSync {

namespace {

void addAddress(GMimeMessage* message, GMimeAddressType type, const QString& name, const QString& address)
{
    InternetAddress* mailbox = internet_address_mailbox_new(
        name.isEmpty() ? nullptr : name.toUtf8().constData(), address.toUtf8().constData());
    // Without this GMime may pick ISO-8859-1 for a name that fits it; UTF-8 is what every client reads.
    internet_address_set_charset(mailbox, "utf-8");
    internet_address_list_add(g_mime_message_get_addresses(message, type), mailbox);
    g_object_unref(mailbox);
}

QByteArray bracketed(const QByteArray& id)
{
    return '<' + id + '>';
}

} // namespace

QByteArray MailMessage::newMessageId(const QString& fromAddress)
{
    const QString domain = fromAddress.mid(fromAddress.lastIndexOf(u'@') + 1).trimmed().toLower();
    // 128 random bits: unique without asking anyone, and it says nothing about the lead.
    const quint64 high = QRandomGenerator::system()->generate64();
    const quint64 low = QRandomGenerator::system()->generate64();
    return "ls." + QByteArray::number(high, 36) + '.' + QByteArray::number(low, 36) + '@'
        + (domain.isEmpty() ? QByteArray("leadsync.invalid") : QUrl::toAce(domain));
}

QByteArray MailMessage::render() const
{
    initGMime();
    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    GMimeObject* object = GMIME_OBJECT(message.get());
    addAddress(message.get(), GMIME_ADDRESS_TYPE_FROM, fromName, fromAddress);
    addAddress(message.get(), GMIME_ADDRESS_TYPE_TO, toName, toAddress);
    g_mime_message_set_subject(message.get(), subject.toUtf8().constData(), "utf-8");
    GDateTime* when = g_date_time_new_from_unix_utc(date.toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), when);
    g_date_time_unref(when);
    g_mime_message_set_message_id(message.get(), messageId.constData());
    if (!references.isEmpty()) {
        g_mime_object_set_header(object, "In-Reply-To", bracketed(references.last()).constData(), nullptr);
        QByteArrayList all;
        for (const QByteArray& id : references)
            all.append(bracketed(id));
        g_mime_object_set_header(object, "References", all.join(' ').constData(), nullptr);
    }
    if (!unsubscribeMailto.isEmpty() || !unsubscribeUrl.isEmpty()) {
        QByteArrayList targets;
        if (!unsubscribeUrl.isEmpty())
            targets.append(bracketed(QUrl(unsubscribeUrl).toEncoded()));
        if (!unsubscribeMailto.isEmpty())
            targets.append(bracketed("mailto:" + unsubscribeMailto.toUtf8() + "?subject=unsubscribe"));
        // Set raw: GMime would otherwise RFC 2047-encode a long value and break the URLs. One line, as
        // RFC 8058 asks; well under the 998-octet limit for any sane URL.
        g_mime_object_set_header(object, "List-Unsubscribe", "", nullptr);
        GMimeHeader* header
            = g_mime_header_list_get_header(g_mime_object_get_header_list(object), "List-Unsubscribe");
        g_mime_header_set_raw_value(header, QByteArray(' ' + targets.join(", ") + '\n').constData());
        if (!unsubscribeUrl.isEmpty())
            g_mime_object_set_header(object, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click", nullptr);
    }
    GPtr<GMimeTextPart> text(g_mime_text_part_new_with_subtype("plain"));
    // The body's UTF-8 bytes as they are (g_mime_text_part_set_text would convert them to the
    // narrowest charset that fits, ISO-8859-1 for most European text).
    const QByteArray utf8 = body.toUtf8();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(utf8.constData(), size_t(utf8.size())));
    GPtr<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(text.get()), content.get());
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(text.get()), "charset", "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(text.get()), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(text.get()));

    GMimeFormatOptions* options = g_mime_format_options_clone(nullptr);
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    char* rendered = g_mime_object_to_string(object, options);
    g_mime_format_options_free(options);
    QByteArray bytes(rendered);
    g_free(rendered);
    return bytes;
}

} // namespace LeadSync
