using System.Text;

namespace Insurance.Rules.Cli;

/// <summary>
/// Standard output or standard error, opened on first use. Opening the console's first stream is ≈ 10 ms of a one-case
/// start-up (encoding and terminal set-up); opened lazily, that work runs on the rule-building thread once the rules
/// are ready (<see cref="Open"/>) instead of before any other work starts. Writes go to the console's own writer, so
/// output, encoding and flushing are exactly the console's.
/// </summary>
internal sealed class ConsoleOutput : TextWriter
{
    private readonly Lazy<TextWriter> writer;

    /// <summary>A stream opened by <paramref name="open"/> on first use (the tests give their own writer).</summary>
    internal ConsoleOutput(Func<TextWriter> open)
        => writer = new Lazy<TextWriter>(open, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Standard output.</summary>
    public static ConsoleOutput Out { get; } = new(static () => Console.Out);

    /// <summary>Standard error.</summary>
    public static ConsoleOutput Error { get; } = new(static () => Console.Error);

    /// <inheritdoc />
    public override Encoding Encoding => writer.Value.Encoding;

    /// <inheritdoc />
    public override IFormatProvider FormatProvider => writer.Value.FormatProvider;

    /// <summary>Whether the stream has been opened.</summary>
    public bool IsOpen => writer.IsValueCreated;

    /// <summary>Opens the stream now (on a thread that has time for it); later writes find it open.</summary>
    public void Open() => _ = writer.Value;

    /// <inheritdoc />
    public override void Write(char value) => writer.Value.Write(value);

    /// <inheritdoc />
    public override void Write(string? value) => writer.Value.Write(value);

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => writer.Value.Write(buffer, index, count);

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer) => writer.Value.Write(buffer);

    /// <inheritdoc />
    public override void WriteLine() => writer.Value.WriteLine();

    /// <inheritdoc />
    public override void WriteLine(string? value) => writer.Value.WriteLine(value);

    /// <inheritdoc />
    public override void WriteLine(ReadOnlySpan<char> buffer) => writer.Value.WriteLine(buffer);

    /// <inheritdoc />
    public override void Flush()
    {
        if (writer.IsValueCreated)
        {
            writer.Value.Flush();
        }
    }
}
