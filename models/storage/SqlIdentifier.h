#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QtCore/qnamespace.h>

#include <optional>

namespace LeadSync {

// The name of a column of table `leads` as SQL may contain it. It can only be made from a column
// that migration 0001 creates (the built-in fields and the bookkeeping columns) or from a custom
// column's generated name, c<id>; so a name read from a workspace file that someone else made (a
// column row, a saved view, a run's kept values) cannot carry SQL. It is always written quoted.
//
// Every place that composes SQL from a column name takes one of these: composing from a QString is
// the mistake this type exists to make impossible.
class SqlIdentifier final
{
public:
    // c<id>, the name of a custom column.
    static SqlIdentifier customColumn(qint64 id);
    // The identifier that name stands for; nullopt when it is not a column of `leads`.
    static std::optional<SqlIdentifier> parse(QStringView name);
    // As parse(), throwing Error ("... names no column \"name\"") instead.
    static SqlIdentifier of(QStringView name);

    const QString& name() const { return m_name; }
    // "name", quoted for SQL.
    QByteArray quoted() const;
    // The key the leads are sorted by in this column, in that direction: case-insensitive, and empty
    // values last both ways (a sort by company shows companies first, not a screen of blanks). In
    // descending order '' is the smallest text and comes last as it is; in ascending order an empty
    // value is keyed as U+10FFFF, which sorts after any text a cell holds (no valid UTF-8 starts with
    // a greater byte). Lead columns are never NULL.
    QByteArray sortKey(Qt::SortOrder order) const;
    // The index that orders the leads by sortKey(order), then id, quoted (made on first use):
    // "leads_sort_name" descending, "leads_sort_name_asc" ascending.
    QByteArray sortIndex(Qt::SortOrder order) const;
    // The statement that makes it: CREATE INDEX IF NOT EXISTS sortIndex(order) ON leads (sortKey(order), id).
    QByteArray sortIndexDefinition(Qt::SortOrder order) const;
    // Whether this is a custom column's name (c<id>) rather than one of the schema's.
    bool isCustomColumn() const;

    bool operator==(const SqlIdentifier& other) const = default;

private:
    explicit SqlIdentifier(QString name)
        : m_name(std::move(name))
    { }

    QString m_name;
};

} // namespace LeadSync
