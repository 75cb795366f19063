#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>
#include <vector>

class QIODevice;

namespace LeadSync {

// Writes RFC 4180 CSV (UTF-8, CRLF, minimal quoting) to a device through a 1 MiB buffer.
// With formula escaping on, a cell a spreadsheet would run as a formula (it starts with =, @, a tab,
// a CR, or a + or - that does not start a plain number or a phone number) gets a leading apostrophe:
// the OWASP "CSV injection" defence. It is idempotent, so export -> import -> export is stable.
class CsvWriter final
{
public:
    struct Options
    {
        char delimiter = ',';
        bool formulaEscape = true;
    };

    CsvWriter(QIODevice& device, QString path, Options options);
    CsvWriter(QIODevice& device, QString path);
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeField(QByteArrayView utf8);
    void endRow();
    void writeRaw(QByteArrayView bytes);
    // Writes out everything and waits for it. Throws Error naming the file when the device fails.
    void flush();

    static bool isFormula(QByteArrayView utf8);
    // How many fields were written with an apostrophe before them (formula escaping).
    qint64 escapedFields() const { return m_escaped; }

private:
    QIODevice& m_device;
    QString m_path;
    qint64 m_escaped = 0;
    Options m_options;
    void reserve(qsizetype bytes);

    std::array<bool, 256> m_quoted {}; // bytes that make a field need quotes
    std::array<bool, 256> m_formulaStart {}; // first bytes that may start a formula
    std::vector<char> m_buffer;

    qsizetype m_used = 0;
    qsizetype m_fieldsInRow = 0;
    qsizetype m_rowStart = 0; // where the current row starts in the buffer
};

} // namespace LeadSync
