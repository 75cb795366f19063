#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace LeadSync {

class LeadTableModel;

// The status bar's note while the first sort by a column builds that column's index (about a second
// a million leads): "Sorting by Company…", its progress, and Cancel, which goes back to the order
// before. Hidden otherwise.
class SortProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SortProgress)

public:
    explicit SortProgress(QWidget* parent = nullptr);

    void setModel(LeadTableModel* model);

Q_SIGNALS:
    // The user cancelled: the model is back to the order before (for the header's sort indicator).
    void cancelled();

private:
    void showProgress(int percent);

    QPointer<LeadTableModel> m_model;
    QLabel* m_label;
    QProgressBar* m_progress;
};

} // namespace LeadSync
