#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QDialog;
class QHeaderView;
class QPoint;
class QTableView;

namespace LeadSync {

class CellStatusDelegate;

// How the lead table lays out its columns, per workspace (kept in the app's settings, as the user left
// it): their order, widths and visibility (the header's state), the columns whose text wraps, and the
// first columns frozen at the left while the others scroll. View › Columns… chooses them with a search
// box; the header's context menu does the same for the column clicked. A frozen column is drawn by a
// second view over the table's left edge, sharing its model, selection and delegate (Qt has no frozen
// columns of its own); it follows the table's rows, widths, order and sort.
class ColumnLayout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnLayout)

public:
    ColumnLayout(QTableView* view, CellStatusDelegate* delegate, QWidget* window);

    void setWorkspace(const QString& path);
    // After the view got a model (or new columns): the saved layout, applied.
    void restore();
    void save() const;

    // View › Columns…: search, show and hide, wrap, freeze; changes apply at once.
    QDialog* openChooser();
    // The header's context menu at a position of the header.
    void showHeaderMenu(const QPoint& position);

    void setShown(int logical, bool shown);
    bool isWrapped(const QString& sqlName) const { return m_wrapped.contains(sqlName); }
    void setWrapped(const QString& sqlName, bool wrapped);
    int frozenCount() const { return m_frozenCount; }
    void setFrozenCount(int count);
    // The view over the frozen columns (hidden when none is frozen).
    QTableView* frozenView() const { return m_frozen; }
    // Makes a column visible and scrolls it into view (a column just added).
    void scrollToColumn(const QString& sqlName);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString settingsKey(const char* what) const;
    int logicalOf(const QString& sqlName) const;
    QString sqlNameOf(int logical) const;
    void applyWrapping();
    void syncFrozen();
    void placeFrozen();

    QTableView* m_view;
    CellStatusDelegate* m_delegate;
    QWidget* m_window;
    QTableView* m_frozen;
    QWidget* m_viewport = nullptr; // the table's, watched for its size
    QString m_workspacePath;
    QSet<QString> m_wrapped; // SQL names
    int m_frozenCount = 0;
    int m_lineHeight = 0; // a row's height without wrapping
};

} // namespace LeadSync
