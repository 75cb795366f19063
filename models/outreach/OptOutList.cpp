#include "OptOutList.h"

#include "Error.h"
#include "csv/CsvReader.h"
#include "csv/CsvSniffer.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QRegularExpression>

namespace LeadSync {

OptOutList::OptOutList(Workspace& workspace)
    : m_workspace(workspace)
{ }

QString OptOutList::normalized(const QString& value)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]*@[^@\\s]+\\.[^@\\s]+$"));
    const QString folded = value.trimmed().toLower();
    if (!address.match(folded).hasMatch())
        throw Error(tr("\"%1\" is neither an email address nor a domain written as @domain.").arg(value));
    return folded;
}

int OptOutList::add(const QStringList& values, const QString& source, qint64 now)
{
    QStringList checked; // all or none: a bad value adds nothing
    for (const QString& value : values)
        checked.append(normalized(value));
    int added = 0;
    m_workspace.transact([&] {
        SqlQuery insert(m_workspace.database(),
            QStringLiteral("INSERT OR IGNORE INTO optouts (value, source, added_at) VALUES (?, ?, ?)"));
        for (const QString& value : std::as_const(checked)) {
            insert.bind(value);
            insert.bind(source.isNull() ? QStringLiteral("") : source);
            insert.bind(now);
            insert.exec();
            added += insert.numRowsAffected() > 0 ? 1 : 0;
        }
    });
    return added;
}

QStringList OptOutList::readCsv(const QString& path)
{
    const CsvSniff sniff = CsvSniffer::sniff(path);
    qsizetype column = 0;
    if (sniff.dialect.hasHeader) {
        for (qsizetype i = 0; i < sniff.headers.size(); ++i) {
            const QString header = sniff.headers[i].trimmed().toLower();
            if (header == u"email" || header == u"e-mail" || header == u"address" || header == u"domain") {
                column = i;
                break;
            }
        }
    }
    QStringList values;
    bool header = sniff.dialect.hasHeader;
    CsvReader(path, sniff.dialect).read([&](const CsvRecord& record) {
        if (std::exchange(header, false) || record.isEmpty())
            return true;
        const QString value = QString::fromUtf8(record.field(column < record.size() ? column : 0)).trimmed();
        if (value.isEmpty())
            return true;
        try {
            values.append(normalized(value));
        } catch (const Error& error) {
            throw Error(QStringLiteral("%1:%2: %3").arg(path).arg(record.line()).arg(error.message()));
        }
        return true;
    });
    return values;
}

QStringList OptOutList::list() const
{
    SqlQuery select(m_workspace.database(), QStringLiteral("SELECT value FROM optouts ORDER BY value"));
    select.exec();
    QStringList values;
    while (select.next())
        values.append(select.value(0).toString());
    return values;
}

bool OptOutList::contains(const QString& address) const
{
    const QByteArray folded = address.trimmed().toLower().toUtf8();
    const qsizetype at = folded.lastIndexOf('@');
    const QByteArray domain = at >= 0 ? folded.mid(at) : folded;
    SqliteStatement& select
        = m_workspace.cachedStatement(QByteArrayLiteral("SELECT 1 FROM optouts WHERE value IN (?, ?)"));
    select.bindText(1, folded);
    select.bindText(2, domain);
    const bool listed = select.step();
    select.reset();
    return listed;
}

} // namespace LeadSync
