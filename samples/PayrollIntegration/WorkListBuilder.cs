using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;
using NodaTime;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>
/// Turns results into work items and sorts them by urgency: rows to fix first (their urgency is unknown until the data
/// is right), then by date — a step's due date, else the employee's earliest payment deadline — earliest first, undated
/// last; ties by status severity (lapsed, suspended, not enrolled, waiting, covered), then employee id and step order.
/// </summary>
public static class WorkListBuilder
{
    /// <summary>Items for one evaluated employee; empty when covered with no step to take.</summary>
    public static IReadOnlyList<WorkItem> ForResult(EmployeeRow row, EvaluationResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(result);
        var status = ContractNames.Of(result.Status);
        var deadline = result.Deadlines.OrderBy(d => d.PayBy).FirstOrDefault();
        var id = row[EmployeeColumns.EmployeeId];
        var name = row[EmployeeColumns.Name];
        if (result.Steps.Count == 0)
        {
            if (result.Status is CoverageStatus.Covered or CoverageStatus.RetiredCovered)
            {
                return [];
            }

            var resume = result.BenefitsResumeOn is { } r ? LocalDatePatternIso(r) : "-";
            return
            [
                new WorkItem
                {
                    Line = row.Line, EmployeeId = id, Name = name, Region = result.Region, Status = status,
                    Actor = "none", ActionCode = "informOnly",
                    Action = language == Language.En
                        ? $"No step to take; tell the employee: status {status}, benefits resume on {resume}"
                        : $"无需办理;告知员工:当前状态 {status},待遇恢复日 {resume}",
                    PayBy = deadline?.PayBy, ResumeOnIfLate = deadline?.BenefitsResumeOnIfLater,
                    BenefitsResumeOn = result.BenefitsResumeOn, Basis = result.Gaps.Count > 0 ? result.Gaps[^1].Band ?? string.Empty : string.Empty,
                },
            ];
        }

        var items = new List<WorkItem>(result.Steps.Count);
        foreach (var step in result.Steps)
        {
            items.Add(new WorkItem
            {
                Line = row.Line, EmployeeId = id, Name = name, Region = result.Region, Status = status,
                Actor = step.Channels.Contains(Channel.Employer) ? "employer" : "employee",
                ActionCode = step.Code, Action = step.Title, DueBy = step.DueBy,
                DaysLeft = step.DueBy is { } due ? Period.Between(result.AsOf, due, PeriodUnits.Days).Days : null,
                PayBy = deadline?.PayBy, ResumeOnIfLate = deadline?.BenefitsResumeOnIfLater,
                BenefitsResumeOn = result.BenefitsResumeOn, Basis = step.Basis,
            });
        }

        return items;
    }

    /// <summary>The item for a row that could not be evaluated.</summary>
    public static WorkItem ForErrors(EmployeeRow row, string region, IReadOnlyList<RowError> errors, Language language)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        return new WorkItem
        {
            Line = row.Line, EmployeeId = row[EmployeeColumns.EmployeeId], Name = row[EmployeeColumns.Name], Region = region,
            Status = "error", Actor = "hr", ActionCode = "fixData",
            Action = (language == Language.En ? "Fix the payroll row: " : "请更正工资表数据:") + string.Join("; ", errors),
            Basis = string.Empty, Errors = errors,
        };
    }

    /// <summary>Sorts by urgency and numbers the items from 1.</summary>
    public static IReadOnlyList<WorkItem> Sort(IEnumerable<WorkItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var indexed = items.Select((item, index) => (Item: item, Index: index));
        var sorted = indexed
            .OrderBy(x => x.Item.Status == "error" ? 0 : 1)
            .ThenBy(x => x.Item.UrgencyDate is null ? 1 : 0)
            .ThenBy(x => x.Item.UrgencyDate ?? LocalDate.MaxIsoValue)
            .ThenBy(x => Severity(x.Item.Status))
            .ThenBy(x => x.Item.EmployeeId, StringComparer.Ordinal)
            .ThenBy(x => x.Index)
            .Select((x, i) => x.Item with { Priority = i + 1 })
            .ToList();
        return sorted;
    }

    /// <summary>Lower is more severe: lapsed, suspended, notEnrolled, waiting, covered, retiredCovered.</summary>
    public static int Severity(string status) => status switch
    {
        "error" => 0,
        "lapsed" => 1,
        "suspended" => 2,
        "notEnrolled" => 3,
        "waiting" => 4,
        "covered" => 5,
        "retiredCovered" => 6,
        _ => 7,
    };

    private static string LocalDatePatternIso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
