using System.Text;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>
/// Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" inside quotes is a quote, and quoted
/// fields may span lines). A UTF-8 byte-order mark is skipped, blank lines are skipped, and a line starting with
/// <c>#</c> is a comment (so a sample file can explain itself). Payroll exports are small enough to read whole.
/// </summary>
public static class CsvReader
{
    /// <summary>Reads every record.</summary>
    /// <param name="reader">The CSV text.</param>
    public static IReadOnlyList<CsvRecord> ReadAll(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        var records = new List<CsvRecord>();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        while (i < text.Length)
        {
            if (AtLineStart(text, i, out var skipTo, ref line))
            {
                i = skipTo;
                continue;
            }

            records.Add(ReadRecord(text, ref i, ref line));
        }

        return records;
    }

    /// <summary>Skips a blank or comment line at <paramref name="i"/>; true when one was skipped.</summary>
    private static bool AtLineStart(string text, int i, out int next, ref int line)
    {
        var end = i;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        var blank = end == text.Length || text[end] is '\r' or '\n';
        var comment = end < text.Length && text[end] == '#';
        if (!blank && !comment)
        {
            next = i;
            return false;
        }

        while (end < text.Length && text[end] is not ('\r' or '\n'))
        {
            end++;
        }

        next = SkipNewline(text, end, ref line);
        return true;
    }

    private static CsvRecord ReadRecord(string text, ref int i, ref int line)
    {
        var start = line;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        fields.Add(field.ToString());
                        return new CsvRecord(start, fields, "a quoted field is not closed before the end of the file");
                    }

                    var ch = text[i];
                    if (ch == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (ch == '\n' || (ch == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }

                    field.Append(ch);
                    i++;
                }
            }

            // Unquoted part (or what follows a closing quote, kept as written).
            while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
            {
                field.Append(text[i]);
                i++;
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            i = SkipNewline(text, i, ref line);
            return new CsvRecord(start, fields);
        }
    }

    private static int SkipNewline(string text, int i, ref int line)
    {
        if (i < text.Length && text[i] == '\r')
        {
            i++;
        }

        if (i < text.Length && text[i] == '\n')
        {
            i++;
        }

        if (i <= text.Length)
        {
            line++;
        }

        return i;
    }
}
