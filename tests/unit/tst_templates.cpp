// Template rendering ({{column}}, fallbacks, JSON and URL escaping) and JSON paths into replies.
#include "Error.h"
#include "columns/JsonPath.h"
#include "columns/Template.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace LeadSync;

class TestTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renders_data();
    void renders();
    void namesEachReferenceOnce();
    void jsonEscapedBodyStaysValidJson();
    void jsonPaths_data();
    void jsonPaths();
    void badJsonPathsAreRefused();
    void cellText();
};

namespace {
QString lookup(const QString& name)
{
    if (name == u"first_name")
        return QStringLiteral("Ana");
    if (name == u"Company size")
        return QStringLiteral("51-200");
    if (name == u"quote")
        return QStringLiteral("say \"hi\"\\\n\tnow\x01");
    if (name == u"blank")
        return QStringLiteral("  ");
    return {};
}
} // namespace

void TestTemplates::renders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("escape");
    QTest::addColumn<QString>("expected");
    const int none = int(Template::Escape::None);
    QTest::newRow("plain") << "Hi {{first_name}}!" << none << "Hi Ana!";
    QTest::newRow("spaces in braces") << "Hi {{ first_name }}" << none << "Hi Ana";
    QTest::newRow("display name") << "{{Company size}} people" << none << "51-200 people";
    QTest::newRow("fallback used") << "Hi {{last_name|there}}," << none << "Hi there,";
    QTest::newRow("fallback for blank") << "Hi {{blank|you}}" << none << "Hi you";
    QTest::newRow("fallback unused") << "Hi {{first_name|there}}" << none << "Hi Ana";
    QTest::newRow("unknown is empty") << "[{{nope}}]" << none << "[]";
    QTest::newRow("unclosed kept") << "a {{first_name" << none << "a {{first_name";
    QTest::newRow("empty braces kept") << "a {{}} b" << none << "a {{}} b";
    QTest::newRow("adjacent") << "{{first_name}}{{first_name}}" << none << "AnaAna";
    QTest::newRow("no references") << "just text" << none << "just text";
    QTest::newRow("json") << "{\"q\": \"{{quote}}\"}" << int(Template::Escape::Json)
                          << "{\"q\": \"say \\\"hi\\\"\\\\\\n\\tnow\\u0001\"}";
    QTest::newRow("url") << "https://x.io/?n={{Company size}}&f={{first_name|a b}}"
                         << int(Template::Escape::Url) << "https://x.io/?n=51-200&f=Ana";
    QTest::newRow("url fallback escaped")
        << "?q={{nope|a b&c}}" << int(Template::Escape::Url) << "?q=a%20b%26c";
}

void TestTemplates::renders()
{
    QFETCH(QString, text);
    QFETCH(int, escape);
    QFETCH(QString, expected);
    QCOMPARE(Template(text).render(lookup, Template::Escape(escape)), expected);
}

void TestTemplates::namesEachReferenceOnce()
{
    const Template t(QStringLiteral("{{a}} {{ b|x }} {{a}} {{c|}}"));
    QCOMPARE(t.names(), (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QCOMPARE(t.references().size(), 4);
    QCOMPARE(t.references().at(1).fallback, QStringLiteral("x"));
}

void TestTemplates::jsonEscapedBodyStaysValidJson()
{
    const Template body(QStringLiteral("{\"name\": \"{{first_name}}\", \"note\": \"{{quote}}\"}"));
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(body.render(lookup, Template::Escape::Json).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(QStringLiteral("note")).toString(), lookup(QStringLiteral("quote")));
}

void TestTemplates::jsonPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nested") << "person.company.name"
                            << "Acme";
    QTest::newRow("array index") << "emails[0].value"
                                 << "a@acme.io";
    QTest::newRow("second") << "emails[1].value"
                            << "b@acme.io";
    QTest::newRow("out of range") << "emails[5].value"
                                  << "";
    QTest::newRow("missing key") << "person.age"
                                 << "";
    QTest::newRow("number") << "score"
                            << "87";
    QTest::newRow("fraction") << "ratio"
                              << "0.25";
    QTest::newRow("bool") << "verified"
                          << "true";
    QTest::newRow("null") << "nothing"
                          << "";
    QTest::newRow("object as json") << "person.company"
                                    << "{\"name\":\"Acme\"}";
    QTest::newRow("nested arrays") << "matrix[1][0]"
                                   << "3";
    QTest::newRow("key with space and dash") << "odd key-name"
                                             << "x";
    QTest::newRow("index into object") << "person[0]"
                                       << "";
}

void TestTemplates::jsonPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QJsonDocument reply = QJsonDocument::fromJson(
        R"({"person": {"company": {"name": "Acme"}}, "emails": [{"value": "a@acme.io"}, {"value": "b@acme.io"}],
            "score": 87, "ratio": 0.25, "verified": true, "nothing": null, "matrix": [[1, 2], [3, 4]],
            "odd key-name": "x"})");
    QVERIFY(reply.isObject());
    QCOMPARE(JsonPath::cellText(JsonPath(path).find(reply.object())), expected);
}

void TestTemplates::badJsonPathsAreRefused()
{
    for (const char* path : { "", "a..b", ".a", "a.", "a[", "a[x]", "a[-1]" }) {
        QString message;
        try {
            JsonPath { QString::fromLatin1(path) };
        } catch (const Error& error) {
            message = error.message();
        }
        QVERIFY2(message.contains(u"JSON path"), path);
    }
}

void TestTemplates::cellText()
{
    QCOMPARE(JsonPath::cellText(QJsonValue(1e20)), QStringLiteral("1e+20"));
    QCOMPARE(JsonPath::cellText(QJsonValue(-42.0)), QStringLiteral("-42"));
    QCOMPARE(JsonPath::cellText(QJsonValue(-3.5)), QStringLiteral("-3.5"));
    QCOMPARE(JsonPath::cellText(QJsonValue(QStringLiteral("text"))), QStringLiteral("text"));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
