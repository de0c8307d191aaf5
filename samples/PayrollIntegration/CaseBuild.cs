namespace Insurance.Rules.PayrollIntegration;

/// <summary>
/// A row turned into a case (contract JSON), or the problems that stopped it. <see cref="ColumnFor"/> maps a JSON path
/// in a later validation error back to the CSV column it was built from.
/// </summary>
public sealed class CaseBuild
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> pathColumns;

    /// <summary>Creates the outcome.</summary>
    public CaseBuild(string? json, IReadOnlyList<RowError> errors, IReadOnlyList<KeyValuePair<string, string>> pathColumns)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(pathColumns);
        if ((json is null) == (errors.Count == 0))
        {
            throw new ArgumentException("A build has either a case or errors.", nameof(errors));
        }

        Json = json;
        Errors = errors;
        this.pathColumns = pathColumns;
    }

    /// <summary>The case as one line of contract JSON, when the row could be read.</summary>
    public string? Json { get; }

    /// <summary>The problems found in the row (empty when <see cref="Json"/> is set).</summary>
    public IReadOnlyList<RowError> Errors { get; }

    /// <summary>The CSV column a JSON path of the case came from (longest matching prefix); <c>row</c> when none.</summary>
    public string ColumnFor(string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        var best = "row";
        var bestLength = -1;
        foreach (var (prefix, column) in pathColumns)
        {
            var matches = jsonPath == prefix
                || (jsonPath.StartsWith(prefix, StringComparison.Ordinal) && jsonPath.Length > prefix.Length && jsonPath[prefix.Length] is '.' or '[');
            if (matches && prefix.Length > bestLength)
            {
                best = column;
                bestLength = prefix.Length;
            }
        }

        return best;
    }
}
