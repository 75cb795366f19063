#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace LeadSync {

// One value of an IMAP response (RFC 9051 §4): an atom (numbers, flags, NIL and section specifiers
// such as BODY[HEADER.FIELDS (FROM)] are atoms here), a quoted string, a literal ({n} and n bytes,
// any bytes at all) or a parenthesised list.
struct ImapValue
{
    enum class Type { Atom, String, List };
    Type type = Type::Atom;
    QByteArray bytes; // the atom, or the string's or literal's content
    QList<ImapValue> items; // a list's

    bool isNil() const { return type == Type::Atom && bytes.compare("NIL", Qt::CaseInsensitive) == 0; }
    // The value after the atom `name` in a list of pairs (a FETCH's "UID 42 FLAGS (...)"), if any.
    const ImapValue* find(QByteArrayView name) const;
};

// One server response: untagged ("*"), a continuation ("+") or tagged. For a status response (OK, NO,
// BAD, BYE, PREAUTH) `status` is set, with its response code ("UIDVALIDITY 3857529045") and text;
// otherwise `values` holds the data ("23 EXISTS", "12 FETCH (...)", "SEARCH 2 84").
struct ImapResponse
{
    QByteArray tag; // "*", "+", or the command's tag
    QByteArray status; // upper case; empty for data
    QByteArray code;
    QByteArray text;
    QList<ImapValue> values;
};

// Reads responses off a byte stream, written by hand: no IMAP library of Debian 12 reads literals
// and long lines safely (see docs/decisions/0016-replies.md), and the reader is small. It takes
// bytes as they arrive and gives each response once it is complete, literals included; a malformed
// response throws Error naming what is wrong. Fuzzed (tests/fuzz).
class ImapReader final
{
public:
    void append(QByteArrayView bytes) { m_buffer.append(bytes); }
    // The next complete response, or nullopt until more bytes arrive.
    std::optional<ImapResponse> next();
    // Responses longer than this are refused (a server that never ends a line).
    static constexpr qsizetype kMaxResponse = 64 * 1024 * 1024;

private:
    QByteArray m_buffer;
};

} // namespace LeadSync
