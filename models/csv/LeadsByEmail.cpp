#include "LeadsByEmail.h"

#include <bit>
#include <new>

#include <sys/mman.h>

namespace LeadSync {

namespace {
constexpr quint64 kMaxNarrowId = 0xffffffffu;
// Probing stays short below three quarters full.
constexpr qsizetype kLoadNumerator = 3;
constexpr qsizetype kLoadDenominator = 4;
constexpr size_t kHugePage = size_t(2) << 20;
} // namespace

void* allocateOnHugePages(size_t bytes)
{
    if (bytes < kHugePage) {
        if (void* memory = std::malloc(bytes))
            return memory;
        throw std::bad_alloc();
    }
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* memory = std::aligned_alloc(kHugePage, rounded);
    if (!memory)
        throw std::bad_alloc();
    madvise(memory, rounded, MADV_HUGEPAGE); // only advice: without it, 4 KiB pages
    return memory;
}

LeadsByEmail::LeadsByEmail(qsizetype expected)
{
    const auto wanted = quint64(std::max<qsizetype>(expected, 1024) * kLoadDenominator / kLoadNumerator + 1);
    m_slots.assign(std::bit_ceil(wanted), 0);
}

void LeadsByEmail::place(quint64 slot)
{
    const quint64 mask = m_slots.size() - 1;
    for (quint64 at = (slot >> 32) & mask;; at = (at + 1) & mask) {
        if (m_slots[at] == 0) {
            m_slots[at] = slot;
            return;
        }
    }
}

void LeadsByEmail::grow()
{
    std::vector<quint64, HugePageAllocator<quint64>> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    for (const quint64 slot : old) {
        if (slot != 0)
            place(slot);
    }
}

void LeadsByEmail::insert(size_t hash, qint64 leadId)
{
    const quint32 tag = tagOf(hash);
    if (leadId < 1 || quint64(leadId) > kMaxNarrowId) {
        m_wideIds.emplace(tag, leadId);
        return;
    }
    if ((m_size + 1) * kLoadDenominator > qsizetype(m_slots.size()) * kLoadNumerator)
        grow();
    place(quint64(tag) << 32 | quint64(leadId));
    ++m_size;
}

std::optional<qint64> LeadsByEmail::find(size_t hash, const std::function<bool(qint64 leadId)>& isIt) const
{
    const quint32 tag = tagOf(hash);
    const quint64 mask = m_slots.size() - 1;
    for (quint64 at = tag & mask; m_slots[at] != 0; at = (at + 1) & mask) {
        const quint64 slot = m_slots[at];
        if (quint32(slot >> 32) == tag && isIt(qint64(slot & kMaxNarrowId)))
            return qint64(slot & kMaxNarrowId);
    }
    const auto [first, last] = m_wideIds.equal_range(tag);
    for (auto wide = first; wide != last; ++wide) {
        if (isIt(wide->second))
            return wide->second;
    }
    return std::nullopt;
}

} // namespace LeadSync
