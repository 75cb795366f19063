#pragma once

#include <QFileDevice>
#include <QString>

#include <memory>

namespace LeadSync {

// Where an export or a report is written. A regular file (new or existing; a symlink is followed to
// it) is written to a temporary renamed over it by commit(), so a failed or cancelled write never
// leaves half a file. Standard output ("-"), a character device (/dev/null), a FIFO or a socket is
// written directly: it cannot be replaced by a rename (a reader waiting on the FIFO would get
// nothing, and /dev/null turned into a regular file breaks the whole machine), and it is never
// replaced.
class OutputFile final
{
public:
    // Opens the target for writing. Throws Error naming it.
    explicit OutputFile(const QString& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    QFileDevice& device() { return *m_file; }
    // Whether nothing reaches the target before commit() (a regular file).
    bool isAtomic() const { return m_atomic; }
    // Makes the written data the target's content. Throws Error naming it.
    void commit();
    // For a long write to a regular file, called as it goes: has the system start writing what was
    // written so far to the disk, without waiting for it (Linux's sync_file_range; elsewhere nothing).
    // commit() syncs the file before the rename, so that a crash never leaves an empty or partial file
    // under the target's name; without this, it would then wait for the whole file's writeback.
    void startWriteback();

    static bool isStandardOutput(const QString& path) { return path == u"-"; }

private:
    QString m_path;
    std::unique_ptr<QFileDevice> m_file;
    bool m_atomic = true;
    qint64 m_writebackStarted = 0; // bytes from the start the system was told to write out
};

} // namespace LeadSync
