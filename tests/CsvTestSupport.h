#pragma once

#include "csv/CsvParser.h"
#include "csv/CsvReader.h"

#include <QByteArrayList>
#include <QList>
#include <QStringList>

// CSV helpers shared by the reader tests, the round-trip test and the fuzz target.
namespace CsvTestSupport {

// Every record of a file, header included, as strings.
inline QList<QStringList> readCsvFile(const QString& path, const LeadSync::CsvDialect& dialect)
{
    QList<QStringList> rows;
    LeadSync::CsvReader(path, dialect).read([&rows](const LeadSync::CsvRecord& record) {
        QStringList row;
        for (qsizetype i = 0; i < record.size(); ++i)
            row.append(QString::fromUtf8(record.field(i)));
        rows.append(row);
        return true;
    });
    return rows;
}

// The records of text fed to the parser in the given chunks.
inline QList<QByteArrayList> parseInChunks(char delimiter, const QList<QByteArrayView>& chunks)
{
    QList<QByteArrayList> records;
    LeadSync::CsvParser parser(delimiter);
    const auto collect = [&records](const LeadSync::CsvRecord& record) {
        QByteArrayList fields;
        for (qsizetype i = 0; i < record.size(); ++i)
            fields.append(record.field(i).toByteArray());
        records.append(fields);
        return true;
    };
    for (const QByteArrayView chunk : chunks)
        parser.feed(chunk, collect);
    parser.finish(collect);
    return records;
}

} // namespace CsvTestSupport
