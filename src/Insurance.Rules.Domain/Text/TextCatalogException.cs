namespace Insurance.Rules.Domain.Text;

/// <summary>
/// Misuse of a <see cref="TextCatalog"/>: an unknown code, a missing placeholder argument, or a catalogue
/// file that cannot be read. Carries the code and the source so the mistake can be found.
/// </summary>
public sealed class TextCatalogException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="code">The text code involved, if any.</param>
    /// <param name="source">The catalogue source (resource or file name) and line, if known.</param>
    public TextCatalogException(string message, string? code = null, string? source = null)
        : base(message)
    {
        Code = code;
        SourceName = source;
    }

    /// <summary>The text code involved, if any.</summary>
    public string? Code { get; }

    /// <summary>The catalogue source (resource or file name, with line when known), if known.</summary>
    public string? SourceName { get; }
}
