// The import's compact table of leads by email hash: every lead is found, colliding tags are told
// apart by the caller's check, it grows past what it expected, and it stays at 8 bytes a slot.
#include "csv/LeadsByEmail.h"

#include <QHash>
#include <QTest>

using namespace LeadSync;

class TestLeadsByEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryLeadAfterGrowing();
    void collidingTagsAreToldApartByTheCheck();
    void idsBeyondThirtyTwoBitsAreKept();
    void holdsEightBytesASlot();
};

namespace {
size_t hashOf(qint64 n)
{
    return qHash(QByteArray("lead") + QByteArray::number(n) + "@example.com");
}
} // namespace

void TestLeadsByEmail::findsEveryLeadAfterGrowing()
{
    LeadsByEmail table; // expects nothing: grows many times
    constexpr qint64 kLeads = 200000;
    for (qint64 id = 1; id <= kLeads; ++id)
        table.insert(hashOf(id), id);
    QCOMPARE(table.size(), kLeads);
    for (qint64 id = 1; id <= kLeads; ++id) {
        const std::optional<qint64> found = table.find(hashOf(id), [id](qint64 lead) { return lead == id; });
        QVERIFY2(found == id, qPrintable(QString::number(id)));
    }
    QCOMPARE(table.find(hashOf(kLeads + 1), [](qint64) { return true; }), std::nullopt);
}

void TestLeadsByEmail::collidingTagsAreToldApartByTheCheck()
{
    // Both fold to the tag 0 (the high and low halves are equal), and a third hash is on its own.
    const size_t first = 0x0000000700000007u;
    const size_t second = 0x0000002a0000002au;
    LeadsByEmail table;
    table.insert(first, 11);
    table.insert(second, 12);
    table.insert(first, 13); // another lead with the same hash: only the check tells them apart
    QList<qint64> offered;
    const auto isTwelve = [&offered](qint64 lead) {
        offered.append(lead);
        return lead == 12;
    };
    QCOMPARE(table.find(first, isTwelve), 12);
    QVERIFY(offered.contains(11));
    QCOMPARE(table.find(first, [](qint64 lead) { return lead == 13; }), 13);
    QCOMPARE(table.find(first, [](qint64) { return false; }), std::nullopt);
}

void TestLeadsByEmail::idsBeyondThirtyTwoBitsAreKept()
{
    LeadsByEmail table;
    for (const qint64 id : { qint64(1) << 40, qint64(0), qint64(-5), qint64(0xffffffff) })
        table.insert(hashOf(id), id);
    for (const qint64 id : { qint64(1) << 40, qint64(0), qint64(-5), qint64(0xffffffff) })
        QCOMPARE(table.find(hashOf(id), [id](qint64 lead) { return lead == id; }), id);
    QCOMPARE(table.size(), 4);
}

void TestLeadsByEmail::holdsEightBytesASlot()
{
    constexpr qint64 kLeads = 1000000;
    LeadsByEmail table(kLeads);
    for (qint64 id = 1; id <= kLeads; ++id)
        table.insert(hashOf(id), id);
    // A million leads at most three quarters full: 2^21 slots of 8 bytes, 16 MiB (QHash: about 40).
    QCOMPARE(table.bytes(), qsizetype(16) << 20);
}

QTEST_GUILESS_MAIN(TestLeadsByEmail)
#include "tst_leadsbyemail.moc"
