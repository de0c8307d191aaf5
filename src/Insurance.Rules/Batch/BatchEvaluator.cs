using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Batch;

/// <summary>
/// Evaluates a stream of JSON Lines cases on several cores while keeping the input order, with a bounded number
/// of lines in flight (memory stays flat however long the input is). A bad line becomes an error object and the
/// batch goes on.
/// </summary>
public sealed class BatchEvaluator
{
    private readonly EligibilityCalculator calculator;

    /// <summary>Creates a batch evaluator over a calculator.</summary>
    public BatchEvaluator(EligibilityCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        this.calculator = calculator;
    }

    /// <summary>Lines in flight per worker before the reader waits for the oldest to finish.</summary>
    public int WindowPerWorker { get; init; } = 64;

    /// <summary>Evaluates the lines in order.</summary>
    /// <param name="lines">Input lines (one case each).</param>
    /// <param name="parallelism">Worker count; 1 evaluates on the calling thread's continuations only.</param>
    /// <param name="language">Language of texts; null for the calculator's.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    public IAsyncEnumerable<BatchItem> EvaluateAsync(
        IAsyncEnumerable<string> lines,
        int parallelism = 0,
        Language? language = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return InOrderAsync(lines, (n, line) => EvaluateLine(n, line, language), parallelism, cancellationToken);
    }

    /// <summary>
    /// Evaluates raw UTF-8 lines in order; a line with invalid UTF-8 becomes an error object (<c>json.encoding</c>)
    /// instead of being decoded with replacement characters.
    /// </summary>
    public IAsyncEnumerable<BatchItem> EvaluateAsync(
        IAsyncEnumerable<ReadOnlyMemory<byte>> lines,
        int parallelism = 0,
        Language? language = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return InOrderAsync(lines, (n, line) => EvaluateLine(n, line.Span, language), parallelism, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="evaluate"/> over the lines on up to <paramref name="parallelism"/> workers, at most a window
    /// of lines in flight, and yields the items in input order.
    /// </summary>
    private async IAsyncEnumerable<BatchItem> InOrderAsync<TLine>(
        IAsyncEnumerable<TLine> lines,
        Func<long, TLine, BatchItem> evaluate,
        int parallelism,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Lines travel in chunks: one work item per chunk keeps scheduling cost per line low; the queue of chunk tasks
        // keeps the output in input order and bounds what is in flight to about WindowPerWorker lines per worker.
        var workers = parallelism <= 0 ? Environment.ProcessorCount : parallelism;
        var chunkSize = Math.Clamp(WindowPerWorker / 2, 1, ChunkSize);
        var maxChunks = Math.Max(2, workers * Math.Max(1, WindowPerWorker / chunkSize));
        var pending = new Queue<Task<BatchItem[]>>(maxChunks);
        using var gate = new SemaphoreSlim(workers, workers);
        long number = 0;
        var chunk = new List<TLine>(chunkSize);
        long chunkStart = 1;
        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (chunk.Count == 0)
            {
                chunkStart = number + 1;
            }

            number++;
            chunk.Add(line);
            if (chunk.Count < chunkSize)
            {
                continue;
            }

            pending.Enqueue(RunChunkAsync(gate, chunk.ToArray(), chunkStart, evaluate, cancellationToken));
            chunk.Clear();
            while (pending.Count >= maxChunks)
            {
                foreach (var item in await pending.Dequeue().ConfigureAwait(false))
                {
                    yield return item;
                }
            }
        }

        if (chunk.Count > 0)
        {
            pending.Enqueue(RunChunkAsync(gate, chunk.ToArray(), chunkStart, evaluate, cancellationToken));
        }

        while (pending.Count > 0)
        {
            foreach (var item in await pending.Dequeue().ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>Lines evaluated per work item, at most.</summary>
    public const int ChunkSize = 32;

    private static async Task<BatchItem[]> RunChunkAsync<TLine>(
        SemaphoreSlim gate, TLine[] lines, long firstNumber, Func<long, TLine, BatchItem> evaluate, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await Task.Run(
                () =>
                {
                    var items = new BatchItem[lines.Length];
                    for (var i = 0; i < lines.Length; i++)
                    {
                        items[i] = evaluate(firstNumber + i, lines[i]);
                    }

                    return items;
                },
                ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Evaluates the JSON Lines of <paramref name="input"/> and writes one output line per input line to
    /// <paramref name="output"/>, as UTF-8 in input order (each line's <see cref="BatchItem.Json"/> followed by
    /// <see cref="Environment.NewLine"/>). Lines are split as <see cref="ReadUtf8LinesAsync"/> splits them. This is the
    /// fast path for files: lines are read into reused buffers and results are written as UTF-8 without strings.
    /// </summary>
    /// <param name="input">The JSON Lines input.</param>
    /// <param name="output">Receives the output lines; not flushed.</param>
    /// <param name="parallelism">Worker threads; 0 for one per core.</param>
    /// <param name="language">Language of texts; null for the calculator's.</param>
    /// <param name="progress">Called on the calling thread with the number of lines written so far, after each chunk of lines.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>How many lines were read, evaluated and invalid.</returns>
    public BatchSummary Evaluate(
        Stream input, Stream output, int parallelism = 0, Language? language = null, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        return Pipeline(parallelism, language, cancellationToken).Run(input, output.Write, progress);
    }

    /// <summary>
    /// Evaluates the JSON Lines of <paramref name="input"/> and writes one output line per input line to
    /// <paramref name="output"/> in input order, as <see cref="Evaluate(Stream, Stream, int, Language?, Action{long}?, CancellationToken)"/> does.
    /// </summary>
    /// <param name="input">The JSON Lines input.</param>
    /// <param name="output">Receives the output lines; not flushed.</param>
    /// <param name="parallelism">Worker threads; 0 for one per core.</param>
    /// <param name="language">Language of texts; null for the calculator's.</param>
    /// <param name="progress">Called on the calling thread with the number of lines written so far, after each chunk of lines.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>How many lines were read, evaluated and invalid.</returns>
    public BatchSummary Evaluate(
        Stream input, TextWriter output, int parallelism = 0, Language? language = null, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var chars = Array.Empty<char>();
        return Pipeline(parallelism, language, cancellationToken).Run(
            input,
            utf8 =>
            {
                // A chunk holds whole lines, so no character is split between two calls.
                if (chars.Length < utf8.Length)
                {
                    chars = new char[utf8.Length];
                }

                output.Write(chars, 0, Encoding.UTF8.GetChars(utf8, chars));
            },
            progress);
    }

    private StreamBatch Pipeline(int parallelism, Language? language, CancellationToken cancellationToken)
        => new(this, language ?? calculator.Language, parallelism <= 0 ? Environment.ProcessorCount : parallelism, WindowPerWorker, cancellationToken);

    /// <summary>Reads JSON Lines from a stream as raw UTF-8 lines (a trailing <c>\r</c> is dropped; a UTF-8 BOM at the start is skipped).</summary>
    public static async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadUtf8LinesAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        var first = true;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            if (first)
            {
                first = false;
                if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    start = 3;
                }
            }

            int end;
            while ((end = Array.IndexOf(buffer, (byte)'\n', start, read - start)) >= 0)
            {
                line.Write(buffer, start, end - start);
                yield return TakeLine(line);
                start = end + 1;
            }

            line.Write(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return TakeLine(line);
        }
    }

    private static ReadOnlyMemory<byte> TakeLine(MemoryStream line)
    {
        var bytes = line.ToArray();
        line.SetLength(0);
        var length = bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes.Length - 1 : bytes.Length;
        return new ReadOnlyMemory<byte>(bytes, 0, length);
    }

    /// <summary>Evaluates one raw UTF-8 line into its output object (never throws for bad input).</summary>
    public BatchItem EvaluateLine(long lineNumber, ReadOnlySpan<byte> line, Language? language = null)
    {
        var outcome = Outcome(line, language ?? calculator.Language);
        return outcome.Result is { } result
            ? new BatchItem(lineNumber, result, [], ResultJson.Serialize(result))
            : Error(lineNumber, outcome.Errors);
    }

    /// <summary>
    /// Evaluates one raw UTF-8 line and writes its output object to <paramref name="writer"/> (the same bytes as
    /// <see cref="EvaluateLine(long, ReadOnlySpan{byte}, Language?)"/>'s <see cref="BatchItem.Json"/>, without the
    /// string); true when the line produced a result.
    /// </summary>
    internal bool WriteLine(long lineNumber, ReadOnlySpan<byte> line, Language language, Utf8JsonWriter writer)
    {
        var outcome = Outcome(line, language);
        if (outcome.Result is { } result)
        {
            ResultJson.Write(writer, result);
            return true;
        }

        ResultJson.WriteErrors(writer, outcome.Errors, lineNumber);
        return false;
    }

    private Evaluation Outcome(ReadOnlySpan<byte> line, Language lang)
    {
        if (IsBlank(line))
        {
            var empty = new InputError("$", "json.empty", lang == Language.En ? "The line is empty." : "该行为空。");
            return new Evaluation(null, [empty]);
        }

        try
        {
            return calculator.EvaluateJson(line, lang);
        }
#pragma warning disable CA1031 // One faulty case must not stop a payroll batch: the fault becomes that line's error object.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new Evaluation(null, [new InputError("$", "internal.fault", ex.GetType().Name + ": " + ex.Message)]);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads JSON Lines from a reader.</summary>
    public static async IAsyncEnumerable<string> ReadLinesAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Evaluates one line into its output object (never throws for bad input).</summary>
    public BatchItem EvaluateLine(long lineNumber, string line, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        return EvaluateLine(lineNumber, Encoding.UTF8.GetBytes(line), language);
    }

    private static BatchItem Error(long lineNumber, IReadOnlyList<InputError> errors)
        => new(lineNumber, null, errors, ResultJson.SerializeErrors(errors, lineNumber));

}
