#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace LeadSync {

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

    qsizetype size() const { return m_size + qsizetype(m_wideIds.size()); }
    // Bytes held, for the memory benchmark and test.
    qsizetype bytes() const { return qsizetype(m_slots.capacity() * sizeof(quint64)); }

private:
    static quint32 tagOf(size_t hash) { return quint32(hash ^ (hash >> 32)); }
    void place(quint64 slot);
    void grow();

    std::vector<quint64> m_slots; // tag << 32 | id; 0 is an empty slot (lead ids start at 1)
    qsizetype m_size = 0;
    std::unordered_multimap<quint32, qint64> m_wideIds; // tag -> id, for ids outside 1 .. 2^32 - 1
};

} // namespace LeadSync
