#pragma once

#include <gmime/gmime.h>

#include <memory>
#include <mutex>

namespace LeadSync {

// GMime, initialised once for the process, and its objects owned by unique_ptr.
inline void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

template <typename T> struct GObjectDeleter
{
    void operator()(T* object) const { g_object_unref(object); }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectDeleter<T>>;

} // namespace LeadSync
