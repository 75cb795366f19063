// The outreach figures (the Figures tab and `outreach stats`) over 100,000 messages and 10,000
// replies: the time OutreachStats takes, against one hand-written SQLite aggregate over the same
// tables (the reference: what the database alone needs to count sends and replies per step) in the
// same run. Target: the dashboard's data in <= 200 ms.
#include "replies/OutreachStats.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace LeadSync;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Workspace workspace(dir.filePath(QStringLiteral("bench.leadsync")));
    sqlite3* db = workspace.handle();
    // 50,000 leads, each enrolled in one sequence and sent two steps (100,000 messages); 10,000 of
    // them replied, a fifth of those interested.
    sqliteExecScript(db,
        "BEGIN;"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
        "INSERT INTO leads (first_name, email, created_at, updated_at) SELECT 'Lead ' || i, 'lead' || i || "
        "'@example.com', 0, 0 FROM n;"
        "INSERT INTO mailboxes (name, from_address, smtp_url, time_zone, send_window, daily_cap, gap_min_s, "
        "gap_max_s, created_at) VALUES ('Main', 'me@example.com', 'smtp://127.0.0.1:25', 'UTC', 'mon-sun "
        "00:00-24:00', 1000000, 0, 0, 0);"
        "INSERT INTO sequences (name, mailbox_id, spec, created_at) VALUES ('Intro', 1, '{}', 0);"
        "INSERT INTO enrollments (sequence_id, lead_id, enrolled_at) SELECT 1, id, 0 FROM leads;"
        "INSERT INTO messages (enrollment_id, step, variant, state, sent_at, message_id) "
        "SELECT id, 0, id % 2, 'sent', 1781500000000 + id * 1000, 'm0-' || id FROM enrollments;"
        "INSERT INTO messages (enrollment_id, step, variant, state, sent_at, message_id) "
        "SELECT id, 1, 0, 'sent', 1781700000000 + id * 1000, 'm1-' || id FROM enrollments;"
        "INSERT INTO replies (mailbox_id, lead_id, message_id, in_reply_to, kind, from_address, received_at, "
        "class, "
        "synced_at) SELECT 1, e.lead_id, 'r' || e.id, m.id, 'reply', 'lead' || e.lead_id || '@example.com', "
        "1781800000000 + e.id * 1000, CASE WHEN e.id % 5 = 0 THEN 'interested' ELSE 'question' END, 0 "
        "FROM enrollments e JOIN messages m ON m.enrollment_id = e.id AND m.step = 1 WHERE e.id % 5 = 0;"
        "COMMIT;");
    const OutreachStats stats(workspace);
    stats.figures(); // warm the page cache, as an open dashboard has it
    QElapsedTimer clock;
    constexpr int kRuns = 5;
    clock.start();
    qint64 replied = 0;
    for (int run = 0; run < kRuns; ++run)
        replied = stats.figures().first().figures.replied;
    const double ours = double(clock.nsecsElapsed()) / 1e6 / kRuns;

    clock.restart();
    qint64 counted = 0;
    for (int run = 0; run < kRuns; ++run) {
        SqliteStatement reference(db,
            "SELECT m.step, m.variant, COUNT(*), COUNT(DISTINCT e.lead_id), (SELECT COUNT(DISTINCT "
            "r.lead_id) FROM "
            "replies r JOIN messages a ON a.id = r.in_reply_to WHERE a.step = m.step AND a.variant = "
            "m.variant AND "
            "r.kind = 'reply') FROM messages m JOIN enrollments e ON e.id = m.enrollment_id WHERE "
            "e.sequence_id = 1 "
            "AND m.state = 'sent' GROUP BY m.step, m.variant");
        counted = 0;
        while (reference.step())
            counted += reference.columnInt(4);
    }
    const double reference = double(clock.nsecsElapsed()) / 1e6 / kRuns;
    std::printf(
        "figures of 100,000 messages and %lld replies: %.1f ms (target <= 200 ms); one SQLite aggregate "
        "of sends and replies per step: %.1f ms; ratio %.2f (%lld replies counted by it)\n",
        static_cast<long long>(replied), ours, reference, ours / reference, static_cast<long long>(counted));
    return ours <= 200.0 ? 0 : 1;
}
