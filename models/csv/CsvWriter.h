#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>

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

    void writeField(QByteArrayView utf8);
    void endRow();
    void writeRaw(QByteArrayView bytes);
    // Writes out the buffer. Throws Error naming the file when the device fails.
    void flush();

    static bool isFormula(QByteArrayView utf8);

private:
    QIODevice& m_device;
    QString m_path;
    Options m_options;
    std::string m_buffer;
    qsizetype m_fieldsInRow = 0;
    qsizetype m_rowStart = 0;
};

} // namespace LeadSync
