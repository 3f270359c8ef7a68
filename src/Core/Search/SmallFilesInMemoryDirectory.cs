using System.Buffers.Binary;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// Reads the index's small files into memory when a segment opens them, and hands out every clone from that array;
/// larger files, and everything written, go to the directory underneath. Why: a search clones an input for every term
/// it looks up, and Lucene.Net's memory-mapped inputs register each clone in a weak map (a lock, a weak reference and
/// its finalizer per clone), which under uncached load cost about a third of the CPU in finalizers and collections.
/// A clone here is a copy of four fields. Index files are written once and never changed, so an array read at open
/// stays true until the file is deleted; a segment's arrays go with its reader.
/// </summary>
public sealed class SmallFilesInMemoryDirectory(LuceneDirectory directory, long maxFileBytes, long maxTotalBytes) : FilterDirectory(directory)
{
    private long _held;

    /// <summary>The bytes held in memory now, by the inputs that are open.</summary>
    public long HeldBytes => Interlocked.Read(ref _held);

    public override IndexInput OpenInput(string name, IOContext context) =>
        TryRead(name, context) is { } data ? new ArrayIndexInput($"{name} (in memory)", data, 0, data.Length, this) : base.OpenInput(name, context);

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        TryRead(name, context) is { } data ? new ArraySlicer(name, data, this) : base.CreateSlicer(name, context);

    private byte[]? TryRead(string name, IOContext context)
    {
        var length = FileLength(name);
        if (length > maxFileBytes || Interlocked.Add(ref _held, length) > maxTotalBytes)
        {
            if (length <= maxFileBytes)
            {
                Interlocked.Add(ref _held, -length);
            }

            return null;
        }

        try
        {
            var data = new byte[length];
            using var input = base.OpenInput(name, context);
            input.ReadBytes(data, 0, data.Length);
            return data;
        }
        catch
        {
            Interlocked.Add(ref _held, -length);
            throw;
        }
    }

    private void Release(long bytes) => Interlocked.Add(ref _held, -bytes);

    private sealed class ArraySlicer(string name, byte[] data, SmallFilesInMemoryDirectory owner) : IndexInputSlicer
    {
        private int _released;

        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new ArrayIndexInput($"{name} [{sliceDescription}] (in memory)", data, checked((int)offset), checked((int)length), owner: null);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => new ArrayIndexInput($"{name} (in memory)", data, 0, data.Length, owner: null);

        protected override void Dispose(bool disposing)
        {
            // The slices read the same array on; only the bookkeeping ends with the slicer.
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(data.Length);
            }
        }
    }

    /// <summary>An input over part of an array; clones share the array and keep their own position.</summary>
    private sealed class ArrayIndexInput : IndexInput
    {
        private readonly byte[] _data;
        private readonly int _start;
        private readonly int _length;
        private int _position;
        private SmallFilesInMemoryDirectory? _owner;

        public ArrayIndexInput(string description, byte[] data, int start, int length, SmallFilesInMemoryDirectory? owner)
            : base(description)
        {
            _data = data;
            _start = start;
            _length = length;
            _position = start;
            _owner = owner;
        }

        public override long Length => _length;

        public override long Position => _position - _start;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > _length)
            {
                throw new EndOfStreamException($"Seek to {pos} outside {this} (length {_length}).");
            }

            _position = _start + (int)pos;
        }

        public override byte ReadByte()
        {
            if (_position >= _start + _length)
            {
                throw new EndOfStreamException($"Read past the end of {this}.");
            }

            return _data[_position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > _start + _length - _position)
            {
                throw new EndOfStreamException($"Read past the end of {this}.");
            }

            Buffer.BlockCopy(_data, _position, b, offset, len);
            _position += len;
        }

        public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

        public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

        public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

        public override object Clone()
        {
            var clone = (ArrayIndexInput)base.Clone();
            clone._owner = null;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            // Only the input the directory handed out gives its bytes back; clones are never closed by Lucene.
            Interlocked.Exchange(ref _owner, null)?.Release(_length);
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > _start + _length - _position)
            {
                throw new EndOfStreamException($"Read past the end of {this}.");
            }

            var span = _data.AsSpan(_position, count);
            _position += count;
            return span;
        }
    }
}
