using System.Buffers;
using System.Runtime.ExceptionServices;

namespace Insurance.Rules.Batch;

/// <summary>
/// Consecutive input lines, held in one byte buffer, and their output lines once a worker has evaluated them. Chunks
/// are reused for the whole batch, so reading a line and writing its result allocate nothing per line.
/// </summary>
internal sealed class BatchChunk
{
    // Large enough for 32 typical cases (≈ 10 KB each) without growing; a longer line grows the buffer.
    private const int InitialInputBytes = 512 * 1024;

    private readonly int[] starts;
    private readonly int[] lengths;

    public BatchChunk(int maxLines)
    {
        starts = new int[maxLines];
        lengths = new int[maxLines];
        MaxLines = maxLines;
    }

    /// <summary>Most lines the chunk takes before it is handed to a worker.</summary>
    public int MaxLines { get; }

    /// <summary>The raw input bytes: whole lines, then possibly the start of a line not yet complete.</summary>
    public byte[] Input { get; private set; } = new byte[InitialInputBytes];

    /// <summary>Bytes of <see cref="Input"/> in use.</summary>
    public int InputLength { get; set; }

    /// <summary>Complete lines in the chunk.</summary>
    public int LineCount { get; private set; }

    /// <summary>1-based number of the chunk's first line in the input.</summary>
    public long FirstLineNumber { get; set; }

    /// <summary>The output lines (UTF-8, each followed by a line end), written by the worker.</summary>
    public ArrayBufferWriter<byte> Output { get; } = new(128 * 1024);

    /// <summary>Lines that produced a result (the others produced error objects).</summary>
    public int Evaluated { get; set; }

    /// <summary>An unexpected failure while evaluating, rethrown where the chunk is written.</summary>
    public ExceptionDispatchInfo? Fault { get; set; }

    /// <summary>Set by the worker when <see cref="Output"/> is complete.</summary>
    public ManualResetEventSlim Done { get; } = new(false);

    public bool IsFull => LineCount == MaxLines;

    public ReadOnlySpan<byte> Line(int index) => Input.AsSpan(starts[index], lengths[index]);

    public void AddLine(int start, int length)
    {
        starts[LineCount] = start;
        lengths[LineCount] = length;
        LineCount++;
    }

    /// <summary>Makes room for at least <paramref name="bytes"/> more input bytes (a line longer than the buffer).</summary>
    public void EnsureFree(int bytes)
    {
        if (Input.Length - InputLength < bytes)
        {
            var larger = new byte[Math.Max(Input.Length * 2, InputLength + bytes)];
            Input.AsSpan(0, InputLength).CopyTo(larger);
            Input = larger;
        }
    }

    /// <summary>Empties the chunk for reuse.</summary>
    public void Reset(long firstLineNumber)
    {
        InputLength = 0;
        LineCount = 0;
        FirstLineNumber = firstLineNumber;
        Output.ResetWrittenCount();
        Evaluated = 0;
        Fault = null;
        Done.Reset();
    }
}
