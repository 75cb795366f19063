#pragma once

#include <QtGlobal>

#include <cstdlib>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace LeadSync {

// Memory for the table's slots, on transparent huge pages where the kernel offers them (Linux's
// default "madvise" mode). A lookup is a random read in tens of megabytes: with 4 KiB pages nearly
// each one also missed the TLB, and perf put 95% of a million lookups' time on their first load.
// Memory of at least `bytes`, for std::free; aligned to huge pages from 2 MiB on. Throws bad_alloc.
void* allocateOnHugePages(size_t bytes);

template <typename T> struct HugePageAllocator
{
    using value_type = T;

    HugePageAllocator() = default;
    template <typename U> explicit HugePageAllocator(const HugePageAllocator<U>&) { }

    T* allocate(size_t count) { return static_cast<T*>(allocateOnHugePages(count * sizeof(T))); }
    void deallocate(T* memory, size_t) { std::free(memory); }
    bool operator==(const HugePageAllocator&) const = default;
};

// The leads of a workspace by the 64-bit hash of their email key, for an import's dedupe: every
// existing lead with an email, and every lead the import adds. Ten million of them must fit in the
// import's memory (issue 14: 300 MB at 10M leads), where QHash<size_t, qint64> took about 250 MB
// with its growth. So this is written by hand: open addressing with linear probing, 8 bytes a slot
// (a 32-bit tag folded from the hash, and the lead id), no node per entry. Several leads may share
// a tag: find() offers each candidate to the caller, which confirms it on the stored email. Ids
// beyond 32 bits (only in a workspace edited by hand) go to a small map beside it.
class LeadsByEmail final
{
public:
    // expected: how many leads it will likely hold (it grows past that, at a moment's cost).
    explicit LeadsByEmail(qsizetype expected = 0);

    void insert(size_t hash, qint64 leadId);
    // The first lead with this hash that isIt() confirms.
    std::optional<qint64> find(size_t hash, const std::function<bool(qint64 leadId)>& isIt) const;
    // Brings the slot where a find() or insert() of hash starts into the cache, ahead of it.
    void prefetch(size_t hash) const
    {
        const quint64* slot = &m_slots[tagOf(hash) & (m_slots.size() - 1)];
#if defined(__x86_64__)
        // GCC 12 drops a __builtin_prefetch of this address (objdump: the import's lookahead compiled to
        // a bare `ret`, while the same builtin over an index without the tag's xor stayed).
        asm volatile("prefetcht0 %0" : : "m"(*slot));
#else
        __builtin_prefetch(slot);
#endif
    }

    qsizetype size() const
    {
        return m_size + qsizetype(m_wideIds.size());
    }
    // Bytes held, for the memory benchmark and test.
    qsizetype bytes() const
    {
        return qsizetype(m_slots.capacity() * sizeof(quint64));
    }

private:
    static quint32 tagOf(size_t hash)
    {
        return quint32(hash ^ (hash >> 32));
    }
    void place(quint64 slot);
    void grow();

    std::vector<quint64, HugePageAllocator<quint64>>
        m_slots; // tag << 32 | id; 0 is an empty slot (lead ids start at 1)
    qsizetype m_size = 0;
    std::unordered_multimap<quint32, qint64> m_wideIds; // tag -> id, for ids outside 1 .. 2^32 - 1
};

} // namespace LeadSync
