#include "Sequence.h"

#include "Error.h"
#include "Mailbox.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace LeadSync {

namespace {

Error badField(const QString& field, const QString& problem)
{
    return Error(
        QCoreApplication::translate("LeadSync::SequenceStore", "Sequence field %1: %2").arg(field, problem));
}

QString requiredText(const QJsonObject& json, const QString& key, const QString& field)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        throw badField(field, QCoreApplication::translate("LeadSync::SequenceStore", "text is required."));
    return value.toString();
}

StepVariant variantOf(const QJsonObject& json, const QString& field, bool threadedAllowed)
{
    const QJsonValue subject = json.value(QStringLiteral("subject"));
    if (!subject.isUndefined() && !subject.isString())
        throw badField(field + QStringLiteral(".subject"),
            QCoreApplication::translate("LeadSync::SequenceStore", "must be text."));
    if (subject.toString().trimmed().isEmpty() && !threadedAllowed)
        throw badField(field + QStringLiteral(".subject"),
            QCoreApplication::translate("LeadSync::SequenceStore",
                "the first step needs a subject (later ones may reply in its thread)."));
    return { subject.toString(),
        requiredText(json, QStringLiteral("body"), field + QStringLiteral(".body")) };
}

} // namespace

SequenceSpec SequenceSpec::fromJson(const QJsonObject& json)
{
    SequenceSpec spec;
    spec.name = requiredText(json, QStringLiteral("name"), QStringLiteral("name")).trimmed();
    spec.mailbox = requiredText(json, QStringLiteral("mailbox"), QStringLiteral("mailbox")).trimmed();
    const QJsonObject window = json.value(QStringLiteral("window")).toObject();
    if (!window.isEmpty()) {
        const QString days = window.value(QStringLiteral("days")).toString(QStringLiteral("mon-fri"));
        const QString from = window.value(QStringLiteral("from")).toString(QStringLiteral("09:00"));
        const QString to = window.value(QStringLiteral("to")).toString(QStringLiteral("17:00"));
        try {
            spec.window = SendingWindow::parse(QStringLiteral("%1 %2-%3").arg(days, from, to));
        } catch (const Error& error) {
            throw badField(QStringLiteral("window"), error.message());
        }
        spec.timeZone = window.value(QStringLiteral("time_zone")).toString(QStringLiteral("lead"));
        if (spec.timeZone != u"lead" && !QTimeZone::isTimeZoneIdAvailable(spec.timeZone.toUtf8()))
            throw badField(QStringLiteral("window.time_zone"),
                QCoreApplication::translate(
                    "LeadSync::SequenceStore", "\"%1\" is neither \"lead\" nor a zone name.")
                    .arg(spec.timeZone));
    } else {
        spec.window = SendingWindow::parse(QStringLiteral("mon-fri 09:00-17:00"));
    }
    spec.stopOnCompanyReply = json.value(QStringLiteral("stop_on_company_reply")).toBool(false);
    spec.autoSendInterested = json.value(QStringLiteral("auto_send_interested")).toBool(false);
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        throw badField(QStringLiteral("steps"),
            QCoreApplication::translate("LeadSync::SequenceStore", "a sequence needs at least one step."));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString field = QStringLiteral("steps[%1]").arg(i);
        const QJsonObject step = steps.at(i).toObject();
        SequenceStep parsed;
        try {
            parsed.after
                = StepDelay::parse(step.value(QStringLiteral("after")).toString(QStringLiteral("0m")));
        } catch (const Error& error) {
            throw badField(field + QStringLiteral(".after"), error.message());
        }
        const QJsonArray variants = step.value(QStringLiteral("variants")).toArray();
        if (variants.isEmpty()) {
            parsed.variants.append(variantOf(step, field, i > 0));
        } else {
            for (qsizetype v = 0; v < variants.size(); ++v)
                parsed.variants.append(variantOf(
                    variants.at(v).toObject(), field + QStringLiteral(".variants[%1]").arg(v), i > 0));
        }
        spec.steps.append(parsed);
    }
    return spec;
}

QJsonObject SequenceSpec::toJson() const
{
    QJsonArray stepArray;
    for (const SequenceStep& step : steps) {
        QJsonArray variants;
        for (const StepVariant& variant : step.variants) {
            QJsonObject object { { QStringLiteral("body"), variant.body } };
            if (!variant.subject.isEmpty())
                object.insert(QStringLiteral("subject"), variant.subject);
            variants.append(object);
        }
        QJsonObject object { { QStringLiteral("after"), step.after.toString() } };
        if (variants.size() == 1) {
            const QJsonObject only = variants.first().toObject();
            for (auto it = only.constBegin(); it != only.constEnd(); ++it)
                object.insert(it.key(), it.value());
        } else {
            object.insert(QStringLiteral("variants"), variants);
        }
        stepArray.append(object);
    }
    const QStringList days = window.toString().split(u' ');
    const QStringList hours = days.value(1).split(u'-');
    return { { QStringLiteral("name"), name }, { QStringLiteral("mailbox"), mailbox },
        { QStringLiteral("window"),
            QJsonObject { { QStringLiteral("days"), days.value(0) },
                { QStringLiteral("from"), hours.value(0) }, { QStringLiteral("to"), hours.value(1) },
                { QStringLiteral("time_zone"), timeZone } } },
        { QStringLiteral("stop_on_company_reply"), stopOnCompanyReply },
        { QStringLiteral("auto_send_interested"), autoSendInterested },
        { QStringLiteral("steps"), stepArray } };
}

int SequenceSpec::variantFor(qint64 leadId, int step, qsizetype variants)
{
    if (variants <= 1)
        return 0;
    // Consecutive leads alternate (even split), and the assignment shifts per step so a lead does not
    // always get the first variant.
    return int((quint64(leadId) + quint64(step)) % quint64(variants));
}

SequenceStore::SequenceStore(Workspace& workspace)
    : m_workspace(workspace)
{ }

qint64 SequenceStore::save(const SequenceSpec& spec, qint64 now)
{
    const std::optional<Mailbox> mailbox = MailboxStore(m_workspace).find(spec.mailbox);
    if (!mailbox)
        throw Error(tr("Sequence %1: there is no mailbox \"%2\" (add it with mailbox add).")
                        .arg(spec.name, spec.mailbox));
    SqlQuery upsert(m_workspace.database(),
        QStringLiteral(
            "INSERT INTO sequences (name, mailbox_id, spec, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET mailbox_id = excluded.mailbox_id, spec = excluded.spec "
            "RETURNING id"));
    upsert.bind(spec.name);
    upsert.bind(mailbox->id);
    upsert.bind(QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)));
    upsert.bind(now);
    upsert.exec();
    upsert.next();
    return upsert.value(0).toLongLong();
}

namespace {
Sequence sequenceOf(const SqlQuery& row)
{
    Sequence sequence;
    sequence.id = row.value(0).toLongLong();
    sequence.mailboxId = row.value(1).toLongLong();
    sequence.paused = row.value(2).toBool();
    sequence.spec = SequenceSpec::fromJson(QJsonDocument::fromJson(row.value(3).toByteArray()).object());
    return sequence;
}
} // namespace

QList<Sequence> SequenceStore::list() const
{
    SqlQuery select(m_workspace.database(),
        QStringLiteral("SELECT id, mailbox_id, paused, spec FROM sequences ORDER BY name COLLATE NOCASE"));
    select.exec();
    QList<Sequence> sequences;
    while (select.next())
        sequences.append(sequenceOf(select));
    return sequences;
}

std::optional<Sequence> SequenceStore::find(const QString& name) const
{
    SqlQuery select(m_workspace.database(),
        QStringLiteral("SELECT id, mailbox_id, paused, spec FROM sequences WHERE name = ?"));
    select.bind(name.trimmed());
    select.exec();
    return select.next() ? std::optional(sequenceOf(select)) : std::nullopt;
}

Sequence SequenceStore::get(const QString& name) const
{
    std::optional<Sequence> sequence = find(name);
    if (!sequence)
        throw Error(tr("There is no sequence \"%1\".").arg(name));
    return *sequence;
}

void SequenceStore::setPaused(const QString& name, bool paused, qint64 now)
{
    const Sequence sequence = get(name);
    if (sequence.paused == paused)
        return;
    SqlQuery update(m_workspace.database(), QStringLiteral("UPDATE sequences SET paused = ? WHERE id = ?"));
    update.bind(paused ? 1 : 0);
    update.bind(sequence.id);
    update.exec();
    // In the history of every lead the sequence holds: its messages stop, or go on.
    SqlQuery events(m_workspace.database(),
        QStringLiteral(
            "INSERT INTO lead_events (lead_id, at, kind, field, old_value, new_value) SELECT lead_id, ?, "
            "'outreach', ?, '', ? FROM enrollments WHERE sequence_id = ? AND state = 'active'"));
    events.bind(now);
    events.bind(paused ? QStringLiteral("paused") : QStringLiteral("resumed"));
    events.bind(sequence.spec.name);
    events.bind(sequence.id);
    events.exec();
}

} // namespace LeadSync
