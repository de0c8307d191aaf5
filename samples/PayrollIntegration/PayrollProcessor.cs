using Insurance.Rules.Batch;
using Insurance.Rules.Domain.Text;
using NodaTime;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>
/// Reads the employee CSV, builds a case per row, evaluates the cases with <see cref="BatchEvaluator"/> (all cores,
/// input order kept) and returns the sorted work list. A bad row becomes an error item; it never stops the run.
/// </summary>
public sealed class PayrollProcessor
{
    private readonly BatchEvaluator evaluator;
    private readonly CaseBuilder builder;
    private readonly LocalDate asOf;
    private readonly string? defaultRegion;
    private readonly Language language;

    /// <summary>Creates a processor.</summary>
    /// <param name="evaluator">The batch evaluator (from DI or built over a calculator).</param>
    /// <param name="asOf">Evaluation date of every case.</param>
    /// <param name="defaultRegion">Region for rows without one; null to require one per row.</param>
    /// <param name="language">Language of step titles and messages.</param>
    public PayrollProcessor(BatchEvaluator evaluator, LocalDate asOf, string? defaultRegion, Language language)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        this.evaluator = evaluator;
        this.asOf = asOf;
        this.defaultRegion = defaultRegion;
        this.language = language;
        builder = new CaseBuilder(asOf, defaultRegion, language);
    }

    /// <summary>Columns of the last file read that the processor does not know (ignored; reported so typos show).</summary>
    public IReadOnlyList<string> IgnoredColumns { get; private set; } = [];

    /// <summary>Processes a CSV.</summary>
    /// <exception cref="PayrollInputException">When the file has no header or lacks a required column.</exception>
    public async Task<WorkList> ProcessAsync(TextReader csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var records = CsvReader.ReadAll(csv);
        if (records.Count == 0)
        {
            throw new PayrollInputException(Text("the file has no header row", "文件没有表头行"));
        }

        var header = records[0];
        var columns = Columns(header);
        var items = new List<WorkItem>();
        var pending = new List<(EmployeeRow Row, CaseBuild Build)>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var errorRows = 0;
        foreach (var record in records.Skip(1))
        {
            var row = new EmployeeRow(record.Line, columns, record.Fields);
            var errors = new List<RowError>();
            if (record.Error is { } csvError)
            {
                errors.Add(new RowError("row", "csv.quote", csvError));
            }
            else if (record.Fields.Count != header.Fields.Count)
            {
                errors.Add(new RowError("row", "row.fieldCount", Text(
                    $"the row has {record.Fields.Count} fields, the header {header.Fields.Count}",
                    $"该行有 {record.Fields.Count} 个字段,表头有 {header.Fields.Count} 个")));
            }

            var id = row[EmployeeColumns.EmployeeId];
            if (id.Length > 0 && !firstLineOfId.TryAdd(id, record.Line))
            {
                errors.Add(new RowError(EmployeeColumns.EmployeeId, "row.duplicateId", Text(
                    $"employee {id} already appears on line {firstLineOfId[id]}", $"员工 {id} 已在第 {firstLineOfId[id]} 行出现")));
            }

            var build = errors.Count == 0 ? builder.Build(row) : null;
            if (build is { Json: not null })
            {
                pending.Add((row, build));
                continue;
            }

            errors.AddRange(build?.Errors ?? []);
            items.Add(WorkListBuilder.ForErrors(row, RegionText(row), errors, language));
            errorRows++;
        }

        var evaluated = 0;
        var noAction = 0;
        var index = 0;
        await foreach (var item in evaluator.EvaluateAsync(pending.Select(p => p.Build.Json!).ToAsyncEnumerable(), 0, language, cancellationToken).ConfigureAwait(false))
        {
            var (row, build) = pending[index++];
            if (item.Result is { } result)
            {
                evaluated++;
                var forRow = WorkListBuilder.ForResult(row, result, language);
                noAction += forRow.Count == 0 ? 1 : 0;
                items.AddRange(forRow);
            }
            else
            {
                var errors = item.Errors.Select(e => new RowError(build.ColumnFor(e.Path), e.Code, e.Message)).ToList();
                items.Add(WorkListBuilder.ForErrors(row, RegionText(row), errors, language));
                errorRows++;
            }
        }

        return new WorkList(asOf, WorkListBuilder.Sort(items), records.Count - 1, evaluated, errorRows, noAction);
    }

    private Dictionary<string, int> Columns(CsvRecord header)
    {
        var known = EmployeeColumns.All.ToDictionary(c => c, StringComparer.OrdinalIgnoreCase);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (!known.TryGetValue(name, out var canonical))
            {
                ignored.Add(name);
                continue;
            }

            if (!columns.TryAdd(canonical, i))
            {
                throw new PayrollInputException(Text($"column {canonical} appears twice in the header", $"表头中 {canonical} 列出现了两次"));
            }
        }

        var missing = EmployeeColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new PayrollInputException(Text(
                $"the header lacks the required column(s) {string.Join(", ", missing)} (line {header.Line})",
                $"表头缺少必需的列:{string.Join("、", missing)}(第 {header.Line} 行)"));
        }

        IgnoredColumns = ignored;
        return columns;
    }

    private string RegionText(EmployeeRow row)
    {
        var region = row[EmployeeColumns.Region];
        return region.Length > 0 ? region : defaultRegion ?? string.Empty;
    }

    private string Text(string en, string zh) => language == Language.En ? en : zh;
}
