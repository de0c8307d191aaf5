using System.Diagnostics;
using Insurance.Rules.Batch;
using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Cli;

/// <summary><c>batch IN [--out OUT]</c>: JSON Lines in, JSON Lines out, same order, bad lines as error objects.</summary>
internal static class BatchCommand
{
    public static int Run(
        string input, string? output, Language lang, string[]? packs, int parallel, TextReader stdin, TextWriter stdout, TextWriter stderr, bool isTerminal)
    {
        if (input != "-" && !File.Exists(input))
        {
            stderr.WriteLine(lang == Language.En ? $"File not found: {input}" : $"找不到文件:{input}");
            return CliApp.InvalidInput;
        }

        var calculator = CliApp.Calculator(packs, lang);
        var evaluator = new BatchEvaluator(calculator);
        // Raw bytes: invalid UTF-8 in a line is reported for that line, never silently replaced.
        using var fileIn = input == "-" ? null : new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        var source = fileIn ?? CliApp.StdinStream(stdin);
        var clock = Stopwatch.StartNew();
        var progress = isTerminal && output is not null;
        long shown = 0;
        Action<long>? report = progress
            ? lines =>
            {
                // Progress per thousand lines; the evaluator reports after each chunk of lines.
                if (lines / 1000 > shown / 1000)
                {
                    shown = lines;
                    stderr.Write($"\r{lines / 1000 * 1000:N0} …");
                }
            }
            : null;
        BatchSummary summary;
        if (output is null)
        {
            summary = evaluator.Evaluate(source, stdout, parallel, lang, report);
            stdout.Flush();
        }
        else
        {
            // The results go to the file as the UTF-8 bytes they are written in (no byte-order mark).
            using var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            summary = evaluator.Evaluate(source, file, parallel, lang, report);
            file.Flush();
        }

        if (progress)
        {
            stderr.Write('\r');
        }

        var (total, valid, invalid) = (summary.Lines, summary.Evaluated, summary.Invalid);
        var seconds = clock.Elapsed.TotalSeconds;
        stderr.WriteLine(lang == Language.En
            ? $"processed {total} line(s): {valid} evaluated, {invalid} invalid ({seconds:F1} s)"
            : $"共处理 {total} 行:{valid} 行已评估,{invalid} 行输入无效(用时 {seconds:F1} 秒)");
        return CliApp.Ok;
    }
}
