namespace Insurance.Rules.Cli;

/// <summary>
/// Standard input, opened on first use: most runs read a file, and opening the console stream is a measurable part
/// of a one-case start-up.
/// </summary>
internal sealed class StandardInput : TextReader
{
    private StreamReader? reader;

    /// <summary>The raw bytes of standard input (the CLI checks the encoding itself).</summary>
    public Stream BaseStream => Reader.BaseStream;

    private StreamReader Reader => reader ??= new StreamReader(Console.OpenStandardInput());

    /// <inheritdoc />
    public override int Peek() => Reader.Peek();

    /// <inheritdoc />
    public override int Read() => Reader.Read();

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Reader.Read(buffer, index, count);

    /// <inheritdoc />
    public override string? ReadLine() => Reader.ReadLine();

    /// <inheritdoc />
    public override string ReadToEnd() => Reader.ReadToEnd();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            reader?.Dispose();
        }

        base.Dispose(disposing);
    }
}
