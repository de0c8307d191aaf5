using System.Globalization;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Cli;

/// <summary>The human view of a result: status, key dates, steps with deadlines and a month-by-month timeline.</summary>
public static class TextView
{
    /// <summary>Writes the view.</summary>
    public static void Write(EvaluationResult r, Language lang, TextWriter o)
    {
        var en = lang == Language.En;
        string T(string zh, string english) => en ? english : zh;

        o.WriteLine($"{T("地区", "Region")} {r.Region} · {T("评估日", "as of")} {D(r.AsOf)}{(r.CaseId is null ? "" : $" · {T("编号", "case")} {r.CaseId}")}");
        o.WriteLine($"{T("状态", "Status")}: {StatusText(r.Status, en)}");
        if (r.BenefitsResumeOn is { } resume)
        {
            o.WriteLine($"{T("恢复/开始享受待遇", "Benefits (re)start on")}: {D(resume)}   {T("等待期", "waiting")} {r.WaitingMonths} {T("个月", "month(s)")}");
        }

        o.WriteLine($"{T("中断期间费用可追溯报销", "Gap costs covered retroactively")}: {YesNo(r.GapCoveredRetroactively, en)}   {T("缴费年限连续计算", "Continuity preserved")}: {YesNo(r.ContinuityPreserved, en)}");

        if (r.Gaps.Count > 0)
        {
            o.WriteLine();
            o.WriteLine(T("断缴", "Gaps"));
            foreach (var g in r.Gaps)
            {
                var days = g.Days is { } d ? $", {d} {T("天", "days")}" : string.Empty;
                var open = g.Open ? T("未缴", "open") : T("已缴", "closed");
                o.WriteLine($"  {M(g.From)} – {M(g.To)}  {g.Months} {T("个月", "month(s)")}{days}  [{open}]  {T("档次", "band")} {g.Band ?? "-"}  {T("缴费日", "paid")} {D(g.PaymentDate)}  → {(g.BenefitsResumeOn is { } b ? D(b) : "-")}");
            }
        }

        if (r.Deadlines.Count > 0)
        {
            o.WriteLine();
            o.WriteLine(T("截止日期(逾期后结果变差)", "Deadlines (paying later gets a worse outcome)"));
            foreach (var d in r.Deadlines)
            {
                var later = d.BenefitsResumeOnIfLater is { } l ? $", {T("届时恢复日期", "benefits then from")} {D(l)}" : string.Empty;
                o.WriteLine($"  {T("最迟", "pay by")} {D(d.PayBy)} → {T("之后适用", "then")} {d.Then}{later}");
            }
        }

        if (r.Steps.Count > 0)
        {
            o.WriteLine();
            o.WriteLine(T("需要办理", "What to do"));
            var i = 1;
            foreach (var s in r.Steps)
            {
                var due = s.DueBy is { } by ? $"[{T("截止", "by")} {D(by)}] " : string.Empty;
                o.WriteLine($"  {i++}. {due}{s.Title}");
                var docs = s.Documents.Count == 0 ? "-" : string.Join(", ", s.Documents);
                var channels = s.Channels.Count == 0 ? "-" : string.Join(", ", s.Channels.Select(c => c.ToString().ToLowerInvariant()));
                o.WriteLine($"     {T("材料", "documents")}: {docs}; {T("渠道", "channels")}: {channels}{(s.Where is null ? "" : $"; {T("地点", "where")}: {s.Where}")}; {T("依据", "basis")}: {s.Basis}");
            }
        }

        if (r.FlexibleEnrollment is { } f)
        {
            o.WriteLine();
            o.WriteLine($"{T("灵活就业参保资格", "Flexible-worker enrolment")}: {YesNo(f.Eligible, en)}{(f.Reason is null ? "" : $" ({f.Reason})")} · {f.Basis}");
        }

        if (r.Retirement is { } ret)
        {
            o.WriteLine();
            var required = ret.RequiredMonths is { } req ? req.ToString(CultureInfo.InvariantCulture) : T("未知", "unknown");
            o.WriteLine($"{T("法定退休月份", "Statutory retirement month")}: {M(ret.RetirementMonth)} · {T("所需月数", "required months")} {required} · {T("已计", "credited")} {ret.CreditedMonths} · {T("差额", "shortfall")} {ret.ShortfallMonths}");
        }

        if (r.ResidentWaiting is { } w)
        {
            o.WriteLine($"{T("居民医保等待期", "Resident-scheme waiting")}: {T("固定", "fixed")} {w.FixedMonths} + {T("变动", "variable")} {w.VariableMonths} − {T("修复", "repaired")} {w.RepairedMonths} = {w.TotalMonths} {T("个月", "month(s)")}");
        }

        if (r.Incentive is { } inc)
        {
            o.WriteLine($"{T("大病保险激励", "Critical-illness incentive")}: {inc.ConsecutiveYears} {T("年连续参保", "consecutive years")}, +¥{inc.CapRaise.ToString("0.##", CultureInfo.InvariantCulture)}");
        }

        if (r.Assumptions.Count > 0)
        {
            o.WriteLine();
            o.WriteLine(T("假设与默认解读", "Assumptions and default readings"));
            foreach (var a in r.Assumptions)
            {
                o.WriteLine($"  - [{a.Code}] {a.Text}");
            }
        }

        if (r.Timeline.Count > 0)
        {
            o.WriteLine();
            WriteTimeline(r.Timeline, en, o);
        }

        if (r.Trace.Count > 0)
        {
            o.WriteLine();
            o.WriteLine(T("适用规则", "Rules applied"));
            foreach (var t in r.Trace)
            {
                o.WriteLine($"  {t.Rule} — {t.Name} ({t.Basis})");
            }
        }
    }

    private static void WriteTimeline(IReadOnlyList<TimelineMonth> months, bool en, TextWriter o)
    {
        o.WriteLine(en
            ? "Timeline  P paid  B backpaid  G gap  W waiting  C covered retroactively  . not yet due;  + benefits apply  - no benefits"
            : "时间线  P 按时缴费  B 补缴  G 断缴  W 等待期  C 追溯享受  . 未到期;  + 享受待遇  - 不享受");
        o.WriteLine("        01 02 03 04 05 06 07 08 09 10 11 12");
        var byYear = months.GroupBy(m => m.Month.Year);
        foreach (var year in byYear)
        {
            var cells = new string[12];
            Array.Fill(cells, "  ");
            foreach (var m in year)
            {
                var state = m.State switch
                {
                    MonthState.Paid => 'P',
                    MonthState.Backpaid => 'B',
                    MonthState.Gap => 'G',
                    MonthState.Waiting => 'W',
                    MonthState.Covered => 'C',
                    _ => '.',
                };
                cells[m.Month.Month - 1] = $"{state}{(m.BenefitsApply ? '+' : '-')}";
            }

            o.WriteLine($"  {year.Key}  {string.Join(' ', cells)}");
        }
    }

    private static string StatusText(CoverageStatus s, bool en) => s switch
    {
        CoverageStatus.Covered => en ? "covered" : "正常享受待遇(covered)",
        CoverageStatus.Suspended => en ? "suspended (benefits stopped for unpaid months)" : "暂停享受待遇(suspended,存在欠缴月份)",
        CoverageStatus.Waiting => en ? "waiting (paid, waiting period running)" : "等待期中(waiting)",
        CoverageStatus.Lapsed => en ? "lapsed (continuity lost; the next payment is a new enrolment)" : "已断保(lapsed,再缴费按新参保处理)",
        CoverageStatus.NotEnrolled => en ? "not enrolled" : "未参保(notEnrolled)",
        CoverageStatus.RetiredCovered => en ? "retired, covered" : "退休人员享受待遇(retiredCovered)",
        _ => s.ToString(),
    };

    private static string YesNo(bool b, bool en) => en ? (b ? "yes" : "no") : (b ? "是" : "否");

    private static string D(LocalDate d) => LocalDatePattern.Iso.Format(d);

    private static string M(YearMonth m) => YearMonthPattern.Iso.Format(m);
}
