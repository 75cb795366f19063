#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

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
    // "leads_sort_name", quoted: the index that orders the leads by this column (made on first use).
    QByteArray sortIndex() const;
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
