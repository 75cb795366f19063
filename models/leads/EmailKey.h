#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace LeadSync {

// The key two leads are the same person by: the email trimmed and case-folded (UTF-8).
// Empty when there is no email.
QByteArray emailKey(QByteArrayView email);

} // namespace LeadSync
