#include "EmailKey.h"

#include <QString>

namespace LeadSync {

QByteArray emailKey(QByteArrayView email)
{
    const QByteArrayView trimmed = email.trimmed();
    QByteArray key = trimmed.toByteArray();
    bool ascii = true;
    for (char& c : key) {
        if (uchar(c) >= 0x80) {
            ascii = false;
            break;
        }
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    // Internationalised addresses (RFC 6531) are rare; fold them fully through QString.
    return ascii ? key : QString::fromUtf8(trimmed).toCaseFolded().toUtf8();
}

} // namespace LeadSync
