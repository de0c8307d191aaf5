namespace Insurance.Rules.PayrollIntegration;

/// <summary>One CSV record: its fields and the line it starts on (1-based), or why it could not be read.</summary>
/// <param name="Line">The line the record starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Error">Set when the record is malformed (an unterminated quote); the fields are then partial.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error = null);
