#include "SortProgress.h"

#include "table/LeadTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace LeadSync {

SortProgress::SortProgress(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("sortProgress"));
    auto* cancel = new QToolButton(this);
    cancel->setText(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelSortButton"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(cancel);
    connect(cancel, &QToolButton::clicked, this, [this] {
        if (!m_model)
            return;
        m_model->cancelSort();
        Q_EMIT cancelled();
    });
    hide();
}

void SortProgress::setModel(LeadTableModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    hide();
    if (m_model)
        connect(m_model, &LeadTableModel::sortIndexProgress, this, &SortProgress::showProgress);
}

void SortProgress::showProgress(int percent)
{
    if (percent >= 100 || !m_model) {
        hide();
        return;
    }
    const QString sqlName = m_model->query().sortColumn;
    const Column* column = findColumn(m_model->columns(), sqlName);
    m_label->setText(
        tr("Sorting by %1: preparing the order of every lead…").arg(column ? column->displayName : sqlName));
    m_progress->setValue(percent);
    show();
}

} // namespace LeadSync
