#include "OutputFile.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace LeadSync {

namespace {

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error(
        QCoreApplication::translate("LeadSync::OutputFile", "Cannot write %1: %2").arg(path, reason));
}

// Whether path (symlinks followed) exists and is something other than a regular file or a folder.
bool isSpecialFile(const QString& path)
{
    struct stat status
    { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false; // does not exist (yet): a new regular file
    return !S_ISREG(status.st_mode) && !S_ISDIR(status.st_mode);
}

} // namespace

OutputFile::OutputFile(const QString& path)
    : m_path(path)
{
    if (isStandardOutput(path)) {
        auto out = std::make_unique<QFile>();
        if (!out->open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            throw cannotWrite(
                QCoreApplication::translate("LeadSync::OutputFile", "standard output"), out->errorString());
        m_file = std::move(out);
        m_atomic = false;
        return;
    }
    if (isSpecialFile(path)) {
        auto direct = std::make_unique<QFile>(path);
        if (!direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            throw cannotWrite(path, direct->errorString());
        m_file = std::move(direct);
        m_atomic = false;
        return;
    }
    if (QFileInfo(path).isDir())
        throw cannotWrite(path, QCoreApplication::translate("LeadSync::OutputFile", "it is a folder"));
    auto save = std::make_unique<QSaveFile>(path); // follows a symlink to the file it names
    if (!save->open(QIODevice::WriteOnly))
        throw cannotWrite(path, save->errorString());
    m_file = std::move(save);
}

OutputFile::~OutputFile() = default; // an uncommitted QSaveFile discards its temporary

void OutputFile::commit()
{
    if (auto* save = qobject_cast<QSaveFile*>(m_file.get())) {
        if (!save->commit())
            throw cannotWrite(m_path, save->errorString());
        return;
    }
    if (!m_file->flush())
        throw cannotWrite(m_path, m_file->errorString());
}

void OutputFile::startWriteback()
{
#ifdef Q_OS_LINUX
    // Every 8 MiB: often enough that little is left for commit(), seldom enough to cost nothing.
    constexpr qint64 kStep = 8 << 20;
    const qint64 written = m_file->pos();
    if (!m_atomic || written - m_writebackStarted < kStep || !m_file->flush())
        return;
    // A hint: an error here shows again, and is reported, when commit() syncs the file.
    ::sync_file_range(
        m_file->handle(), m_writebackStarted, written - m_writebackStarted, SYNC_FILE_RANGE_WRITE);
    m_writebackStarted = written;
#endif
}

} // namespace LeadSync
