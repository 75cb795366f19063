#pragma once

#include <QObject>
#include <QPointer>

class QFrame;
class QLabel;
class QMainWindow;
class QTableView;
class QWidget;

namespace LeadSync {

class ImportExport;
class LeadTableModel;

// What a new user meets: the sample workspace says it is one (a banner with Remove Sample Leads and
// Import Your CSV), an empty workspace shows where its leads come from instead of a blank grid, and
// Help › Getting Started explains the day's flow in a few steps.
class FirstSteps final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstSteps)

public:
    static constexpr QLatin1StringView kSampleImportKey { "sample_import" };

    FirstSteps(QTableView* view, ImportExport* files, QMainWindow* window);

    // The banner, for the window to place over the table.
    QWidget* banner() const;
    // The open workspace's model, and its sample import (0: not a sample workspace).
    void setWorkspace(LeadTableModel* model, qint64 sampleImportId);
    bool isSample() const { return m_sampleImportId != 0; }
    QWidget* emptyState() const;

    // Help › Getting Started.
    void showGettingStarted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateEmptyState();
    void removeSample();

    QTableView* m_view;
    ImportExport* m_files;
    QMainWindow* m_window;
    QPointer<LeadTableModel> m_model;
    qint64 m_sampleImportId = 0;
    QFrame* m_banner = nullptr;
    QWidget* m_empty = nullptr;
};

} // namespace LeadSync
