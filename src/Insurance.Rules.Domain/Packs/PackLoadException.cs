namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// A region pack could not be loaded. The message reads <c>file:line: path: problem</c>, e.g.
/// <c>420500.yaml:12: values.gap.flexible.rule[1]: effective range 2020-01-01..open overlaps 2015-01-01..open</c>.
/// </summary>
public sealed class PackLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The pack file (<c>embedded:420500.yaml</c> for a shipped pack).</param>
    /// <param name="line">The 1-based line of the offending node; 0 when the problem concerns no single line.</param>
    /// <param name="message">The full message, including file and line.</param>
    public PackLoadException(string filePath, int line, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        FilePath = filePath;
        Line = line;
    }

    /// <summary>The pack file: a path, or <c>embedded:&lt;file&gt;</c> for a shipped pack.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line of the offending node; 0 when the problem concerns no single line.</summary>
    public int Line { get; }
}
