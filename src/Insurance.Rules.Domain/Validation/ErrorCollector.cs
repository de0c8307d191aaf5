using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// Collects input errors in the order found, formats their messages in one language, and stops at
/// <see cref="InputLimits.MaxErrors"/> (adding one final error that says the list was cut).
/// </summary>
internal sealed class ErrorCollector
{
    private readonly List<InputError> errors = [];
    private readonly Language language;
    private readonly int maxErrors;

    private const string JsonPathRoot = "$";

    public ErrorCollector(Language language, int maxErrors)
    {
        this.language = language;
        this.maxErrors = maxErrors;
    }

    public IReadOnlyList<InputError> Errors => errors;

    public int Count => errors.Count;

    /// <summary>True once the error limit has been reached; callers may stop looking.</summary>
    public bool Full { get; private set; }

    /// <summary>Adds an error whose message key equals its code.</summary>
    public void Add(string path, string code, params (string Name, object? Value)[] args)
        => AddWithMessage(path, code, code, args);

    /// <summary>Adds an error whose message text is keyed separately (the <c>limit.*</c> messages).</summary>
    public void AddWithMessage(string path, string code, string messageKey, params (string Name, object? Value)[] args)
    {
        if (HasRoom())
        {
            errors.Add(new InputError(path, code, Format(messageKey, args)));
        }
    }

    /// <summary>Adds an error whose message is already formatted (the semantic validators format their own).</summary>
    public void AddFormatted(string path, string code, string message)
    {
        if (HasRoom())
        {
            errors.Add(new InputError(path, code, message));
        }
    }

    /// <summary>Formats a message from the validation catalogue in the collector's language.</summary>
    public string Format(string messageKey, (string Name, object? Value)[] args)
    {
        Dictionary<string, object?>? map = null;
        if (args.Length > 0)
        {
            map = new Dictionary<string, object?>(args.Length, StringComparer.Ordinal);
            foreach (var (name, value) in args)
            {
                map[name] = value;
            }
        }

        return ValidationMessages.Catalog.Format(messageKey, language, map);
    }

    // At the limit, one last error says the list was cut; everything after it is dropped.
    private bool HasRoom()
    {
        if (Full)
        {
            return false;
        }

        if (errors.Count < maxErrors)
        {
            return true;
        }

        Full = true;
        errors.Add(new InputError(JsonPathRoot, ErrorCodes.LimitExceeded, Format("limit.errors", [("max", maxErrors)])));
        return false;
    }
}
