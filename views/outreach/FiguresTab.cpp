#include "FiguresTab.h"

#include "Error.h"
#include "csv/CsvWriter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace LeadSync {

namespace {

QStringList cells(
    const QString& what, const QString& variant, const OutreachFigures& figures, const QString& median)
{
    const QLocale locale;
    const auto percent = [&](qint64 part) {
        return FiguresTab::tr("%1%").arg(locale.toString(figures.rate(part) * 100.0, 'f', 1));
    };
    return { what, variant, locale.toString(figures.sent), locale.toString(figures.contacted),
        locale.toString(figures.replied), locale.toString(figures.interested),
        locale.toString(figures.bounced), locale.toString(figures.optedOut), percent(figures.replied),
        percent(figures.interested), percent(figures.bounced), median };
}

} // namespace

FiguresTab::FiguresTab(QWidget* parent)
    : QWidget(parent)
    , m_sequence(new QComboBox(this))
    , m_table(new QTreeWidget(this))
    , m_daysView(new QChartView(this))
    , m_funnelView(new QChartView(this))
{
    setObjectName(QStringLiteral("figuresTab"));
    m_table->setObjectName(QStringLiteral("figuresTable"));
    m_sequence->setObjectName(QStringLiteral("figuresSequence"));
    m_table->setHeaderLabels({ tr("Sequence / step"), tr("Variant"), tr("Sent"), tr("Contacted"),
        tr("Replied"), tr("Interested"), tr("Bounced"), tr("Opted out"), tr("Reply rate"),
        tr("Positive rate"), tr("Bounce rate"), tr("Median hours to reply") });
    m_table->setAlternatingRowColors(true);
    for (QChartView* view : { m_daysView, m_funnelView })
        view->setRenderHint(QPainter::Antialiasing);
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("figuresExportButton"));
    connect(exportButton, &QPushButton::clicked, this, &FiguresTab::exportCsv);
    connect(m_sequence, &QComboBox::currentIndexChanged, this, &FiguresTab::showChart);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Chart of:"), this));
    top->addWidget(m_sequence);
    top->addStretch();
    top->addWidget(exportButton);
    auto* charts = new QSplitter(this);
    charts->addWidget(m_daysView);
    charts->addWidget(m_funnelView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->setSizes({ 220, 320 });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void FiguresTab::setFigures(const QList<SequenceFigures>& figures)
{
    m_figures = figures;
    const QString chosen = m_sequence->currentText();
    {
        const QSignalBlocker blocker(m_sequence);
        m_sequence->clear();
        for (const SequenceFigures& sequence : figures)
            m_sequence->addItem(sequence.sequence);
        m_sequence->setCurrentIndex(std::max(0, m_sequence->findText(chosen)));
    }
    m_table->clear();
    const QLocale locale;
    for (const SequenceFigures& sequence : figures) {
        const QString median = sequence.medianHoursToFirstReply
            ? locale.toString(*sequence.medianHoursToFirstReply, 'f', 1)
            : QString();
        auto* item
            = new QTreeWidgetItem(m_table, cells(sequence.sequence, QString(), sequence.figures, median));
        for (const StepFigures& step : sequence.steps)
            new QTreeWidgetItem(item,
                cells(tr("Step %1").arg(step.step + 1), QString(QChar(u'A' + step.variant)), step.figures,
                    QString()));
        item->setExpanded(true);
    }
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->resizeColumnToContents(column);
    showChart();
}

void FiguresTab::showChart()
{
    const qsizetype index = m_sequence->currentIndex();
    auto* days = new QChart;
    auto* funnel = new QChart;
    if (index >= 0 && index < m_figures.size()) {
        const SequenceFigures& sequence = m_figures[index];
        days->setTitle(tr("%1: sent and replies per day").arg(sequence.sequence));
        // Bars per day: a sequence of a day or two reads as well as one of months.
        auto* sent = new QBarSet(tr("Sent"));
        auto* replies = new QBarSet(tr("Replies"));
        auto* daysAxis = new QBarCategoryAxis;
        qint64 most = 1;
        for (const DayFigures& day : sequence.days) {
            *sent << qreal(day.sent);
            *replies << qreal(day.replies);
            daysAxis->append(QLocale().toString(day.day, QLocale::ShortFormat));
            most = std::max({ most, day.sent, day.replies });
        }
        auto* perDay = new QBarSeries;
        perDay->append(sent);
        perDay->append(replies);
        days->addSeries(perDay);
        auto* count = new QValueAxis;
        count->setRange(0, qreal(most));
        count->setLabelFormat(QStringLiteral("%d"));
        days->addAxis(daysAxis, Qt::AlignBottom);
        days->addAxis(count, Qt::AlignLeft);
        perDay->attachAxis(daysAxis);
        perDay->attachAxis(count);
        funnel->setTitle(tr("%1: funnel").arg(sequence.sequence));
        // A horizontal bar chart lists its categories bottom up: the funnel reads contacted first.
        auto* set = new QBarSet(tr("Leads"));
        *set << qreal(sequence.figures.interested) << qreal(sequence.figures.replied)
             << qreal(sequence.figures.contacted);
        auto* bars = new QHorizontalBarSeries;
        bars->append(set);
        bars->setLabelsVisible(true);
        funnel->addSeries(bars);
        auto* stages = new QBarCategoryAxis;
        stages->append({ tr("Interested"), tr("Replied"), tr("Contacted") });
        funnel->addAxis(stages, Qt::AlignLeft);
        bars->attachAxis(stages);
        auto* leads = new QValueAxis;
        leads->setRange(0, qreal(std::max<qint64>(1, sequence.figures.contacted)));
        leads->setLabelFormat(QStringLiteral("%d"));
        funnel->addAxis(leads, Qt::AlignBottom);
        bars->attachAxis(leads);
        funnel->legend()->hide();
    } else {
        days->setTitle(tr("No sequence yet"));
    }
    // The views own their charts: the previous ones go with the new ones set.
    delete m_daysView->chart();
    m_daysView->setChart(days);
    delete m_funnelView->chart();
    m_funnelView->setChart(funnel);
}

QList<QStringList> FiguresTab::rows() const
{
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < m_table->columnCount(); ++column)
        header.append(m_table->headerItem()->text(column));
    rows.append(header);
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* sequence = m_table->topLevelItem(i);
        QStringList fields;
        for (int column = 0; column < m_table->columnCount(); ++column)
            fields.append(sequence->text(column));
        rows.append(fields);
        for (int j = 0; j < sequence->childCount(); ++j) {
            QStringList step;
            for (int column = 0; column < m_table->columnCount(); ++column)
                step.append(column == 0
                        ? sequence->text(0) + QStringLiteral(" / ") + sequence->child(j)->text(0)
                        : sequence->child(j)->text(column));
            rows.append(step);
        }
    }
    return rows;
}

void FiguresTab::exportCsv()
{
    auto* chooser = new QFileDialog(
        this, tr("Export Figures"), QStringLiteral("outreach-figures.csv"), tr("CSV files (*.csv)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("csv"));
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        // Written on a worker: the GUI thread does no I/O.
        auto* watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
            Q_EMIT exported(path, watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([path, rows = rows()]() -> QString {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return tr("Cannot write %1: %2").arg(path, file.errorString());
            try {
                CsvWriter writer(file, path);
                for (const QStringList& row : rows) {
                    for (const QString& field : row)
                        writer.writeField(field.toUtf8());
                    writer.endRow();
                }
                writer.flush();
            } catch (const Error& error) {
                return error.message();
            }
            return {};
        }));
    });
    chooser->open();
}

} // namespace LeadSync
