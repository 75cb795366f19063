#include "../TestSupport.h"
#include "Error.h"
#include "csv/Exporter.h"
#include "leads/LeadFilter.h"
#include "leads/SearchIndex.h"
#include "storage/SqliteStatement.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadSync;
using namespace TestSupport;

class TestLeadFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conditions_data();
    void conditions();
    void orGroups();
    void valuesOfIsOneOf();
    void badConditions_data();
    void badConditions();
    void searchMatchesPrefixes();
    void searchTextIsNeverSyntax();
    void prefixesBecomeTheirWords();
    void splitWordsMatchAsPhrases();

private:
    QStringList emailsWhere(const QList<LeadCondition>& conditions, const QString& search = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestLeadFilter::initTestCase()
{
    const QString csv = m_dir.filePath(QStringLiteral("leads.csv"));
    writeFile(csv,
        "first_name,email,company,country,Employees,notes\n"
        "Ana,ana@a.com,Acme Corp,Germany,120,likes \"quotes\"\n"
        "Bo,bo@b.com,Zeta,germany,9,\n"
        "Cy,cy@c.com,Acmeology,France,1500,call back\n"
        "Di,di@d.com,,Spain,,\n");
    m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("w.leadsync")));
    importFile(*m_workspace, csv);
}

QStringList TestLeadFilter::emailsWhere(const QList<LeadCondition>& conditions, const QString& search)
{
    SearchIndex(*m_workspace).catchUp();
    const LeadFilter filter = LeadFilter::build(conditions, search);
    SqliteStatement select(
        m_workspace->handle(), QByteArray("SELECT email FROM leads WHERE " + filter.sql + " ORDER BY id"));
    for (int i = 0; i < filter.parameters.size(); ++i)
        select.bindText(i + 1, filter.parameters[i]);
    QStringList emails;
    while (select.step())
        emails.append(QString::fromUtf8(select.columnText(0)));
    return emails;
}

void TestLeadFilter::conditions_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QStringList>("emails");
    const QString a = QStringLiteral("ana@a.com"), b = QStringLiteral("bo@b.com"),
                  c = QStringLiteral("cy@c.com"), d = QStringLiteral("di@d.com");
    QTest::newRow("equals ignores case") << "country = GERMANY" << QStringList { a, b };
    QTest::newRow("is") << "Country is france" << QStringList { c };
    QTest::newRow("not equals") << "country != germany" << QStringList { c, d };
    QTest::newRow("contains") << "company contains acme" << QStringList { a, c };
    QTest::newRow("is empty") << "company is empty" << QStringList { d };
    QTest::newRow("is not empty") << "Company is not empty" << QStringList { a, b, c };
    QTest::newRow("numeric greater") << "Employees > 100" << QStringList { a, c };
    QTest::newRow("numeric less skips empty") << "employees < 200" << QStringList { a, b };
    QTest::newRow("numeric less or equal") << "employees <= 9" << QStringList { b };
    QTest::newRow("text order") << "first_name >= Bo" << QStringList { b, c, d };
    QTest::newRow("display name") << "First name = cy" << QStringList { c };
    QTest::newRow("system column") << "id = 2" << QStringList { b };
    QTest::newRow("does not contain (an empty value too)")
        << "company does not contain ACME" << QStringList { b, d };
    QTest::newRow("!~") << "company !~ acme" << QStringList { b, d };
    QTest::newRow("starts with") << "company starts with acme" << QStringList { a, c };
    QTest::newRow("starts with a longer text") << "company starts with acme corporation" << QStringList {};
    QTest::newRow("ends with") << "company ends with CORP" << QStringList { a };
    QTest::newRow("ends with a longer text") << "company ends with big zeta" << QStringList {};
    QTest::newRow("is one of") << "country is one of France, SPAIN" << QStringList { c, d };
    QTest::newRow("in") << "country in germany" << QStringList { a, b };
    QTest::newRow("or") << "country = france OR company is empty" << QStringList { c, d };
}

void TestLeadFilter::conditions()
{
    QFETCH(QString, condition);
    QFETCH(QStringList, emails);
    QCOMPARE(emailsWhere(LeadCondition::parseAny(condition, ColumnStore(*m_workspace).list())), emails);
}

void TestLeadFilter::orGroups()
{
    // Germany AND (more than 1,000 employees OR named Bo): an "or" joins the condition before.
    const ColumnList columns = ColumnStore(*m_workspace).list();
    QList<LeadCondition> conditions = LeadCondition::parseAny(QStringLiteral("country = germany"), columns);
    conditions += LeadCondition::parseAny(QStringLiteral("employees > 1000 OR first_name = bo"), columns);
    QCOMPARE(emailsWhere(conditions), QStringList { QStringLiteral("bo@b.com") });
    // The same group first and the country after: the grouping does not depend on the order.
    QList<LeadCondition> reversed
        = LeadCondition::parseAny(QStringLiteral("employees > 1000 OR first_name = bo"), columns);
    reversed += LeadCondition::parseAny(QStringLiteral("country = germany"), columns);
    QCOMPARE(emailsWhere(reversed, QStringLiteral("bo")), QStringList { QStringLiteral("bo@b.com") });
    // A first condition marked "or" has nothing before it: it is an ordinary condition.
    conditions.first().orWithPrevious = true;
    QCOMPARE(emailsWhere(conditions), QStringList { QStringLiteral("bo@b.com") });
}

void TestLeadFilter::valuesOfIsOneOf()
{
    const LeadCondition condition(
        QStringLiteral("company"), LeadCondition::Op::IsOneOf, QStringLiteral(" Acme\\, Inc. ,Zeta,, Beta "));
    QCOMPARE(condition.values(),
        (QStringList { QStringLiteral("Acme, Inc."), QStringLiteral("Zeta"), QStringLiteral("Beta") }));
    QCOMPARE(
        LeadCondition(QString(), LeadCondition::Op::IsOneOf, LeadCondition::joinValues(condition.values()))
            .values(),
        condition.values());
}

void TestLeadFilter::badConditions_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("message");
    QTest::newRow("no operator") << "country Germany"
                                 << "Cannot read the condition";
    QTest::newRow("unknown column") << "shoe size > 3"
                                    << "names no column \"shoe size\"";
    QTest::newRow("value on is empty") << "company is empty yes"
                                       << "takes no value";
}

void TestLeadFilter::badConditions()
{
    QFETCH(QString, condition);
    QFETCH(QString, message);
    try {
        LeadCondition::parse(condition, ColumnStore(*m_workspace).list());
        QFAIL("accepted a bad condition");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
}

void TestLeadFilter::searchMatchesPrefixes()
{
    QCOMPARE(emailsWhere({}, QStringLiteral("acme")),
        (QStringList { QStringLiteral("ana@a.com"), QStringLiteral("cy@c.com") }));
    QCOMPARE(emailsWhere({}, QStringLiteral("acm cor")), QStringList { QStringLiteral("ana@a.com") });
    QCOMPARE(emailsWhere({ LeadCondition::parse(
                             QStringLiteral("country = france"), ColumnStore(*m_workspace).list()) },
                 QStringLiteral("acme")),
        QStringList { QStringLiteral("cy@c.com") });
    QCOMPARE(emailsWhere({}, QStringLiteral("call")), QStringList { QStringLiteral("cy@c.com") });
}

void TestLeadFilter::searchTextIsNeverSyntax()
{
    // A word the tokenizer splits becomes its tokens. Each word is quoted, and its last token is the OR
    // of itself and the index's longer words it begins (b: back, bo); syntax typed (OR, *) is a word.
    QCOMPARE(text(*m_workspace, QStringLiteral("SELECT leadsync_search('a\"b  OR c* ''x''')")),
        QStringLiteral(
            "\"a\" AND (\"b\" OR \"back\" OR \"bo\") AND \"or\" AND (\"c\" OR \"call\" OR \"com\" OR "
            "\"corp\" OR \"cy\") AND \"x\""));
    QCOMPARE(emailsWhere({}, QStringLiteral("\"quotes")), QStringList { QStringLiteral("ana@a.com") });
    QCOMPARE(emailsWhere({}, QStringLiteral("NEAR( AND")), QStringList {});
}

// A prefix that begins at most 16 words of the index is searched as their OR, which FTS5 reads
// faster; one that begins more stays a prefix. Both find every lead with such a word, and a word in
// no lead finds none.
void TestLeadFilter::prefixesBecomeTheirWords()
{
    const QString csv = m_dir.filePath(QStringLiteral("prefixes.csv"));
    QByteArray rows = "first_name,email,company\n";
    for (char letter = 'a'; letter <= 'q'; ++letter) // omegaa … omegaq: 17 words
        rows += "N,n" + QByteArray(1, letter) + "@x.com,Omega" + QByteArray(1, letter) + '\n';
    rows += "N,ab@x.com,Omegaab\n";
    writeFile(csv, rows);
    Workspace workspace(m_dir.filePath(QStringLiteral("prefixes.leadsync")));
    importFile(workspace, csv);
    QVERIFY(SearchIndex(workspace).catchUp());
    const auto search = [&workspace](const char* typed) {
        return text(workspace, QStringLiteral("SELECT leadsync_search('%1')").arg(QLatin1StringView(typed)));
    };
    QCOMPARE(search("OMEGA"), QStringLiteral("\"omega\"*"));
    QCOMPARE(LeadFilter::matchingIds(workspace, {}, QStringLiteral("OMEGA")).size(), 18);
    QCOMPARE(search("omegaa"), QStringLiteral("(\"omegaa\" OR \"omegaab\")"));
    QCOMPARE(LeadFilter::matchingIds(workspace, {}, QStringLiteral("omegaa")), (QList<qint64> { 1, 18 }));
    QCOMPARE(search("omegaq"), QStringLiteral("\"omegaq\""));
    QCOMPARE(LeadFilter::matchingIds(workspace, {}, QStringLiteral("omegaq")), QList<qint64> { 17 });
    QCOMPARE(search("omegaz"), QStringLiteral("\"omegaz\""));
    QVERIFY(LeadFilter::matchingIds(workspace, {}, QStringLiteral("omegaz")).isEmpty());
    // A word with no token is left out beside others, and alone matches nothing.
    QCOMPARE(search("@@ omegaq"), QStringLiteral("\"omegaq\""));
    QCOMPARE(search("@@"), QStringLiteral("\"@@\"*"));
    QVERIFY(LeadFilter::matchingIds(workspace, {}, QStringLiteral("@@")).isEmpty());
}

// The index keeps no positions, so a word the tokenizer splits is searched as its tokens, then checked
// in a row in one field. The leads found must be those a phrase query finds in an index with
// positions, as before: a reference FTS5 index with positions (detail = full) over the same fields
// answers the same searches the way LeadSync asked it before.
void TestLeadFilter::splitWordsMatchAsPhrases()
{
    const QString csv = m_dir.filePath(QStringLiteral("phrases.csv"));
    writeFile(csv,
        "first_name,last_name,email,company,title,notes\n"
        "John,Smith,john@acme.com,Acme,CEO,\n"
        "John,Acme,x@y.com,,,com stuff\n" // every token of john@acme.com, in different fields
        "Acme,John,john.acme@community.org,,,\n" // john acme com…, in a row
        "Sean,O'Brien,obrien@x.com,,,\n"
        "Brien,O,o@brien.ie,,,\n" // o then brien, in two fields; and in a row in the email
        "Zoë,Ångström,zoe.angstrom@uni.se,Café Ünïcode,,naïve-approach\n"
        "Call,Later,later@z.com,,,\"call john at acme. com, or acme.com\"\n"
        "Ann,Lee,ann@q.com,John John Acme,Com,\n" // john acme across fields; a repeated token
        "Max,Mu,max@m.com,A-B-C,b c,\"x\"\"y\"\n");
    Workspace workspace(m_dir.filePath(QStringLiteral("phrases.leadsync")));
    importFile(workspace, csv, DedupeMode::None);
    QVERIFY(SearchIndex(workspace).catchUp());

    sqlite3* reference = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &reference), SQLITE_OK);
    const auto closeReference = qScopeGuard([reference] { sqlite3_close(reference); });
    sqliteExec(reference,
        "CREATE VIRTUAL TABLE ref USING fts5 (first_name, last_name, email, company, title, notes, "
        "tokenize = 'unicode61 remove_diacritics 2')");
    {
        SqliteStatement read(
            workspace.handle(), "SELECT id, first_name, last_name, email, company, title, notes FROM leads");
        SqliteStatement insert(reference,
            "INSERT INTO ref (rowid, first_name, last_name, email, company, title, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        while (read.step()) {
            insert.bindInt(1, read.columnInt(0));
            for (int column = 1; column < 7; ++column)
                insert.bindText(column + 1, read.columnText(column));
            insert.step();
            insert.reset();
        }
    }
    const auto referenceIds = [reference](const QString& typed) {
        QStringList words = typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (QString& word : words)
            word = u'"' + word.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
        SqliteStatement select(reference, "SELECT rowid FROM ref WHERE ref MATCH ? ORDER BY rowid");
        const QByteArray expression = words.join(u' ').toUtf8();
        select.bindText(1, expression);
        QList<qint64> ids;
        while (select.step())
            ids.append(select.columnInt(0));
        return ids;
    };

    qsizetype found = 0;
    for (const char* typed :
        { "john@acme.com", "JOHN@ACME.CO", "john@acme", "acme.com", "john.acme@comm", "o'brien", "O'Bri",
            "o@brien", "brien o", "zoe.ang", "Zoë.Ångström", "ZOE.ANGSTRÖM@UNI", "naive-app", "café ünï",
            "cafe-unicode", "john acme", "john-acme", "john-john-acme", "acme-com", "a-b-c", "b-c", "c-b",
            "x\"y", "\"x", "@@", "acme @@", "@@ acme", "later@z.com later@z", "call-john", "at-acme-com" }) {
        const QString search = QString::fromUtf8(typed);
        const QList<qint64> expected = referenceIds(search);
        QCOMPARE(LeadFilter::matchingIds(workspace, {}, search), expected);
        found += expected.size();
    }
    QVERIFY(found > 20); // the searches above find leads, not only nothing
}

QTEST_GUILESS_MAIN(TestLeadFilter)
#include "leads/ColumnStore.h"
#include "tst_leadfilter.moc"
