namespace Insurance.Rules.PayrollIntegration;

/// <summary>One data row of the employee CSV, with fields looked up by column name.</summary>
public sealed class EmployeeRow
{
    private readonly IReadOnlyDictionary<string, int> columns;
    private readonly IReadOnlyList<string> fields;

    /// <summary>Creates a row over a record and the header's column positions.</summary>
    public EmployeeRow(int line, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(fields);
        Line = line;
        this.columns = columns;
        this.fields = fields;
    }

    /// <summary>The CSV line the row starts on.</summary>
    public int Line { get; }

    /// <summary>The trimmed field of a column; empty when the column is absent or blank.</summary>
    public string this[string column]
        => columns.TryGetValue(column, out var i) && i < fields.Count ? fields[i].Trim() : string.Empty;
}
