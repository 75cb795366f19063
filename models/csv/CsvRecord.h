#pragma once

#include <QByteArrayView>

#include <string>
#include <vector>

namespace LeadSync {

// One parsed CSV record: its fields as UTF-8 bytes (quotes removed, doubled quotes undone) and
// the physical line of the file where it starts. Reused from record to record by the parser,
// so a view into it is valid only during the handler call.
class CsvRecord final
{
public:
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QByteArrayView field(qsizetype index) const
    {
        const qsizetype begin = index == 0 ? 0 : m_ends[size_t(index - 1)];
        return QByteArrayView(m_data.data() + begin, m_ends[size_t(index)] - begin);
    }
    qint64 line() const { return m_line; }
    // The bytes of all its fields.
    qsizetype byteSize() const { return qsizetype(m_data.size()); }
    // What the reader's digest made of it on the parsing thread (CsvReader::read), or 0.
    size_t digest() const { return m_digest; }
    void setDigest(size_t digest) { m_digest = digest; }
    // True when every field is empty.
    bool isEmpty() const { return m_data.empty(); }

private:
    friend class CsvParser;

    std::string m_data;
    std::vector<qsizetype> m_ends;
    qint64 m_line = 0;
    size_t m_digest = 0;
};

} // namespace LeadSync
