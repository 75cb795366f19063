#include "EnrollDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadSync {

EnrollDialog::EnrollDialog(const QString& scope, QWidget* parent)
    : QDialog(parent)
    , m_sequence(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("enrollDialog"));
    setWindowTitle(tr("Enroll in Sequence"));
    m_sequence->setObjectName(QStringLiteral("enrollSequence"));
    m_counts->setObjectName(QStringLiteral("enrollCounts"));
    m_counts->setWordWrap(true);
    m_counts->setMinimumHeight(fontMetrics().height() * 6);
    m_counts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enroll"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* form = new QFormLayout;
    form->addRow(tr("Leads:"), new QLabel(scope, this));
    form->addRow(tr("&Sequence:"), m_sequence);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_buttons);
    connect(m_sequence, &QComboBox::currentIndexChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_counts->setText(tr("Counting…"));
        Q_EMIT sequenceChosen(sequenceName());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_buttons->setEnabled(false);
        Q_EMIT enrollRequested(sequenceName());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void EnrollDialog::setSequences(const QList<Sequence>& sequences, const QString& preferred)
{
    {
        const QSignalBlocker blocker(m_sequence);
        for (const Sequence& sequence : sequences)
            m_sequence->addItem(
                sequence.paused ? tr("%1 (paused)").arg(sequence.spec.name) : sequence.spec.name,
                sequence.spec.name);
        if (const int index = m_sequence->findData(preferred); index >= 0)
            m_sequence->setCurrentIndex(index);
    }
    if (sequences.isEmpty()) {
        m_counts->setText(tr("There is no sequence yet: create one in Outreach › Sequences."));
        return;
    }
    m_counts->setText(tr("Counting…"));
    Q_EMIT sequenceChosen(sequenceName());
}

QString EnrollDialog::sequenceName() const
{
    return m_sequence->currentData().toString();
}

QString EnrollDialog::reasonText(const QString& reason)
{
    static const QHash<QString, const char*> reasons {
        { QStringLiteral("no email"), QT_TR_NOOP("no email address") },
        { QStringLiteral("email invalid"), QT_TR_NOOP("the email column calls the address invalid") },
        { QStringLiteral("opted out"), QT_TR_NOOP("opted out") },
        { QStringLiteral("already enrolled"), QT_TR_NOOP("already in this sequence") },
        { QStringLiteral("bounced before"), QT_TR_NOOP("bounced before") },
    };
    const auto found = reasons.constFind(reason);
    return found == reasons.cend() ? reason : tr(*found);
}

void EnrollDialog::showCounts(const QString& sequence, const OutreachEngine::EnrollResult& counts)
{
    if (sequence != sequenceName())
        return; // the choice changed meanwhile
    const QLocale locale;
    QString text = tr("<b>%1</b> will be enrolled.").arg(locale.toString(counts.enrolled));
    if (!counts.skipped.isEmpty()) {
        text += tr("<br>Skipped:");
        for (auto it = counts.skipped.cbegin(); it != counts.skipped.cend(); ++it)
            text += QStringLiteral("<br>&nbsp;&nbsp;• %1: %2")
                        .arg(reasonText(it.key()).toHtmlEscaped(), locale.toString(it.value()));
    }
    m_counts->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(counts.enrolled > 0);
}

void EnrollDialog::showError(const QString& message)
{
    m_counts->setText(message.toHtmlEscaped());
    m_buttons->setEnabled(true);
}

QString EnrollDialog::countsText() const
{
    return m_counts->text();
}

} // namespace LeadSync
