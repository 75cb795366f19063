#include "CrashHandler.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>

namespace LeadSync {

namespace {

constexpr int kActions = 16;
constexpr int kActionLength = 120;

// Everything the handler reads, made ready before any crash: no allocation inside the handler.
struct State
{
    std::array<char, 4096> path {}; // the report's file name, NUL-terminated
    std::array<char, 512> header {};
    std::array<std::array<char, kActionLength>, kActions> actions {};
    std::atomic<unsigned> nextAction { 0 };
    std::atomic_bool crashing { false };
};

State& state()
{
    static State instance;
    return instance;
}

void writeText(int fd, const char* text)
{
    for (size_t left = std::strlen(text); left > 0;) {
        const ssize_t written = ::write(fd, text, left);
        if (written <= 0)
            return;
        text += written;
        left -= size_t(written);
    }
}

const char* signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return "SIGSEGV (invalid memory access)";
    case SIGABRT:
        return "SIGABRT (aborted)";
    case SIGBUS:
        return "SIGBUS (bus error)";
    case SIGFPE:
        return "SIGFPE (arithmetic error)";
    case SIGILL:
        return "SIGILL (illegal instruction)";
    default:
        return "a fatal signal";
    }
}

constexpr int kSignals[] = { SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL };

void onFatalSignal(int signal)
{
    State& s = state();
    if (!s.crashing.exchange(true)) { // a crash inside the handler goes straight to the default
        const int fd = ::open(s.path.data(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd >= 0) {
            writeText(fd, s.header.data());
            writeText(fd, "Signal: ");
            writeText(fd, signalName(signal));
            writeText(fd, "\n\nBacktrace:\n");
            void* frames[64];
            backtrace_symbols_fd(frames, backtrace(frames, 64), fd);
            writeText(fd, "\nLast actions, oldest first:\n");
            const unsigned next = s.nextAction.load();
            for (unsigned i = 0; i < unsigned(kActions); ++i) {
                const char* action = s.actions[(next + i) % kActions].data();
                if (action[0] != '\0') {
                    writeText(fd, "  ");
                    writeText(fd, action);
                    writeText(fd, "\n");
                }
            }
            ::close(fd);
        }
    }
    std::signal(signal, SIG_DFL); // then die as the signal says (a core dump where enabled)
    std::raise(signal);
}

void copyInto(char* buffer, size_t size, const QByteArray& text)
{
    const size_t length = std::min(size - 1, size_t(text.size()));
    std::memcpy(buffer, text.constData(), length);
    buffer[length] = '\0';
}

} // namespace

QString CrashHandler::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/crash-reports");
}

void CrashHandler::install(const QString& folder, const QString& version)
{
    QDir().mkpath(folder);
    State& s = state();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray path
        = QFile::encodeName(QDir(folder).filePath(QStringLiteral("crash-%1-%2.txt")
                                                      .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                                      .arg(::getpid())));
    copyInto(s.path.data(), s.path.size(), path);
    const QByteArray header = "LeadSync " + version.toUtf8() + " crash report\nStarted: "
        + now.toString(Qt::ISODate).toUtf8() + "\nProcess: " + QByteArray::number(::getpid()) + "\n";
    copyInto(s.header.data(), s.header.size(), header);
    // backtrace() loads libgcc on its first call, which allocates: done now, not in the handler.
    void* frame = nullptr;
    backtrace(&frame, 1);
    struct sigaction action
    { };
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    for (const int signal : kSignals)
        sigaction(signal, &action, nullptr);
}

void CrashHandler::recordAction(QStringView action)
{
    State& s = state();
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss ")).toUtf8()
        + action.toUtf8().replace('&', "");
    auto& slot = s.actions[s.nextAction.fetch_add(1) % kActions];
    copyInto(slot.data(), slot.size(), line);
}

QStringList CrashHandler::takeNewReports(const QString& folder)
{
    QStringList reports;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({ QStringLiteral("crash-*.txt") }, QDir::Files, QDir::Name)) {
        if (name.endsWith(QStringLiteral(".seen.txt")))
            continue;
        QString seen = name;
        seen.insert(seen.size() - 4, QStringLiteral(".seen"));
        if (QFile::rename(dir.filePath(name), dir.filePath(seen)))
            reports.append(dir.filePath(seen));
    }
    return reports;
}

} // namespace LeadSync
