using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Batch;

/// <summary>
/// A batch from a stream of JSON Lines to UTF-8 output: the calling thread reads lines straight into chunk buffers and
/// writes finished chunks in input order; worker threads evaluate whole chunks and write each result's JSON into the
/// chunk's output buffer. Nothing is allocated per line outside the evaluation itself (no line array, no result
/// string to encode again), and no result object outlives its line, so the garbage collector finds almost nothing
/// alive. At most a fixed number of chunks is in flight, so memory stays flat however long the input is.
/// </summary>
internal sealed class StreamBatch
{
    // Bytes asked of the input per read. Small against a chunk's buffer, so that the partial line carried over to the
    // next chunk when one closes is short.
    private const int ReadBytes = 64 * 1024;

    private static readonly byte[] LineEnd = Encoding.UTF8.GetBytes(Environment.NewLine);

    private readonly BatchEvaluator evaluator;
    private readonly Language language;
    private readonly int workers;
    private readonly int chunkLines;
    private readonly int maxChunks;
    private readonly CancellationToken cancellationToken;
    private readonly Queue<BatchChunk> pending;
    private readonly Stack<BatchChunk> free = new();
    private long lines;
    private long evaluated;

    public StreamBatch(BatchEvaluator evaluator, Language language, int workers, int windowPerWorker, CancellationToken cancellationToken)
    {
        this.evaluator = evaluator;
        this.language = language;
        this.workers = workers;
        this.cancellationToken = cancellationToken;

        // The same bound as the line-by-line API: chunks of up to 32 lines, about windowPerWorker lines per worker.
        chunkLines = Math.Clamp(windowPerWorker / 2, 1, BatchEvaluator.ChunkSize);
        maxChunks = Math.Max(2, workers * Math.Max(1, windowPerWorker / chunkLines));
        pending = new Queue<BatchChunk>(maxChunks);
    }

    /// <summary>Reads every line of <paramref name="input"/>, evaluates it and hands the output, in order, to <paramref name="write"/>.</summary>
    public BatchSummary Run(Stream input, Action<ReadOnlySpan<byte>> write, Action<long>? progress)
    {
        using var queue = new BlockingCollection<BatchChunk>();
        var threads = new Thread[workers];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(() => Work(queue)) { IsBackground = true, Name = "batch worker " + i };
            threads[i].Start();
        }

        try
        {
            Read(input, chunk => Dispatch(queue, chunk, write, progress));
            while (pending.Count > 0)
            {
                WriteOldest(write, progress);
            }
        }
        finally
        {
            // On a failure the workers finish (or, when cancelled, skip) what is queued; none is left running.
            queue.CompleteAdding();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }

        return new BatchSummary(lines, evaluated, lines - evaluated);
    }

    private void Dispatch(BlockingCollection<BatchChunk> queue, BatchChunk chunk, Action<ReadOnlySpan<byte>> write, Action<long>? progress)
    {
        pending.Enqueue(chunk);
        queue.Add(chunk, cancellationToken);
        while (pending.Count >= maxChunks)
        {
            WriteOldest(write, progress);
        }
    }

    private void WriteOldest(Action<ReadOnlySpan<byte>> write, Action<long>? progress)
    {
        var chunk = pending.Dequeue();
        chunk.Done.Wait(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        chunk.Fault?.Throw();
        write(chunk.Output.WrittenSpan);
        lines += chunk.LineCount;
        evaluated += chunk.Evaluated;
        free.Push(chunk);
        progress?.Invoke(lines);
    }

    private BatchChunk Take(long firstLineNumber)
    {
        var chunk = free.Count > 0 ? free.Pop() : new BatchChunk(chunkLines);
        chunk.Reset(firstLineNumber);
        return chunk;
    }

    /// <summary>
    /// Splits the input into lines at <c>\n</c> (a trailing <c>\r</c> is dropped; a UTF-8 byte-order mark at the start
    /// is skipped; a last line without a line end counts), reading straight into chunk buffers. A full chunk goes to
    /// <paramref name="dispatch"/> and the bytes after its last line move to the next chunk.
    /// </summary>
    private void Read(Stream input, Action<BatchChunk> dispatch)
    {
        var chunk = Take(1);
        var lineStart = 0; // where the line not yet complete starts in chunk.Input
        var scanned = 0;   // bytes of chunk.Input already searched for line ends
        var first = true;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (chunk.Input.Length - chunk.InputLength < ReadBytes)
            {
                if (chunk.LineCount > 0)
                {
                    // The buffer is nearly full of whole lines: send them and carry the open line over.
                    chunk = Next(chunk, lineStart, dispatch);
                    scanned -= lineStart;
                    lineStart = 0;
                }

                // A line longer than the buffer: the buffer grows (it is kept for the rest of the batch).
                chunk.EnsureFree(ReadBytes);
            }

            var read = input.Read(chunk.Input, chunk.InputLength, ReadBytes);
            if (read == 0)
            {
                break;
            }

            chunk.InputLength += read;
            if (first)
            {
                first = false;
                if (read >= 3 && chunk.Input[0] == 0xEF && chunk.Input[1] == 0xBB && chunk.Input[2] == 0xBF)
                {
                    lineStart = scanned = 3;
                }
            }

            int found;
            while ((found = chunk.Input.AsSpan(scanned, chunk.InputLength - scanned).IndexOf((byte)'\n')) >= 0)
            {
                var end = scanned + found;
                AddLine(chunk, lineStart, end);
                lineStart = scanned = end + 1;
                if (chunk.IsFull)
                {
                    chunk = Next(chunk, lineStart, dispatch);
                    lineStart = scanned = 0;
                }
            }

            scanned = chunk.InputLength;
        }

        if (chunk.InputLength > lineStart)
        {
            AddLine(chunk, lineStart, chunk.InputLength);
        }

        if (chunk.LineCount > 0)
        {
            dispatch(chunk);
        }
    }

    private static void AddLine(BatchChunk chunk, int start, int end)
    {
        var length = end > start && chunk.Input[end - 1] == (byte)'\r' ? end - start - 1 : end - start;
        chunk.AddLine(start, length);
    }

    /// <summary>Dispatches <paramref name="full"/> and returns a fresh chunk holding its bytes from <paramref name="carryFrom"/> on.</summary>
    private BatchChunk Next(BatchChunk full, int carryFrom, Action<BatchChunk> dispatch)
    {
        var next = Take(full.FirstLineNumber + full.LineCount);
        var carry = full.InputLength - carryFrom;
        next.EnsureFree(carry);
        full.Input.AsSpan(carryFrom, carry).CopyTo(next.Input);
        next.InputLength = carry;
        full.InputLength = carryFrom;
        dispatch(full);
        return next;
    }

    private void Work(BlockingCollection<BatchChunk> queue)
    {
        // One writer per worker, pointed at each line's output in turn (a writer takes one top-level value).
        Utf8JsonWriter? writer = null;
        foreach (var chunk in queue.GetConsumingEnumerable())
        {
            try
            {
                var output = chunk.Output;
                for (var i = 0; i < chunk.LineCount && !cancellationToken.IsCancellationRequested; i++)
                {
                    if (writer is null)
                    {
                        // Without the writer's structure checks: only ResultJson writes here, and what it writes is
                        // checked against the published schema by the tests.
                        writer = new Utf8JsonWriter(output, ResultJson.CreateWriterOptions(indented: false) with { SkipValidation = true });
                    }
                    else
                    {
                        writer.Reset(output);
                    }

                    if (evaluator.WriteLine(chunk.FirstLineNumber + i, chunk.Line(i), language, writer))
                    {
                        chunk.Evaluated++;
                    }

                    writer.Flush();
                    output.Write(LineEnd);
                }
            }
#pragma warning disable CA1031 // Not swallowed: the fault is rethrown on the reading thread when this chunk's turn comes.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                chunk.Fault = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                chunk.Done.Set();
            }
        }

        writer?.Dispose();
    }
}
