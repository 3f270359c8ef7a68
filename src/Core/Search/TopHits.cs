namespace IntegrationsNetz.Core.Search;

/// <summary>
/// The best <c>capacity</c> hits seen so far, ordered by key (smaller is better), then by score (higher is better,
/// when <c>byScore</c>), then by document number: a total order, so the result does not depend on the order in which
/// Lucene delivers the hits. A binary heap with the worst kept hit on top, so a hit that cannot make it costs one
/// comparison.
/// </summary>
internal sealed class TopHits(int capacity, bool byScore)
{
    private Entry[] _heap = new Entry[Math.Clamp(capacity, 1, 1024)];
    private int _count;

    /// <summary>Whether a hit with this key could be kept (it may still lose on score or document number).</summary>
    public bool Competes(double key) => _count < capacity || key <= _heap[0].Key;

    public void Offer(double key, float score, int doc, double? distance)
    {
        var entry = new Entry(key, score, doc, distance);
        if (_count < capacity)
        {
            if (_count == _heap.Length)
            {
                Array.Resize(ref _heap, Math.Min(capacity, _heap.Length * 2));
            }

            _heap[_count] = entry;
            SiftUp(_count++);
        }
        else if (capacity > 0 && Compare(entry, _heap[0]) < 0)
        {
            _heap[0] = entry;
            SiftDown(0);
        }
    }

    /// <summary>Adds the hits another heap kept (from other segments of the same search).</summary>
    public void AddAll(TopHits other)
    {
        for (var i = 0; i < other._count; i++)
        {
            var e = other._heap[i];
            Offer(e.Key, e.Score, e.Doc, e.Distance);
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public List<CollectedHit> Sorted()
    {
        var entries = _heap[.._count];
        Array.Sort(entries, Compare);
        return entries.Select(e => new CollectedHit(e.Doc, e.Score, e.Distance)).ToList();
    }

    /// <summary>Negative when a is better than b.</summary>
    private int Compare(Entry a, Entry b)
    {
        var c = a.Key.CompareTo(b.Key);
        if (c == 0 && byScore)
        {
            c = b.Score.CompareTo(a.Score);
        }

        return c != 0 ? c : a.Doc.CompareTo(b.Doc);
    }

    // The heap keeps the worst entry at index 0: a parent is never better than its children.
    private void SiftUp(int i)
    {
        var entry = _heap[i];
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (Compare(entry, _heap[parent]) <= 0)
            {
                break;
            }

            _heap[i] = _heap[parent];
            i = parent;
        }

        _heap[i] = entry;
    }

    private void SiftDown(int i)
    {
        var entry = _heap[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Compare(_heap[child + 1], _heap[child]) > 0)
            {
                child++;
            }

            if (Compare(_heap[child], entry) <= 0)
            {
                break;
            }

            _heap[i] = _heap[child];
            i = child;
        }

        _heap[i] = entry;
    }

    private readonly record struct Entry(double Key, float Score, int Doc, double? Distance);
}
