using System.Diagnostics;
using System.Text;
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
        using var file_in = input == "-" ? null : new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        using var file = output is null ? null : new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
        var writer = file ?? stdout;
        var source = file_in ?? CliApp.StdinStream(stdin);
        long total = 0, valid = 0, invalid = 0;
        var clock = Stopwatch.StartNew();
        var progress = isTerminal && output is not null;
        var task = Task.Run(async () =>
        {
            await foreach (var item in evaluator.EvaluateAsync(BatchEvaluator.ReadUtf8LinesAsync(source), parallel, lang).ConfigureAwait(false))
            {
                await writer.WriteLineAsync(item.Json).ConfigureAwait(false);
                total++;
                if (item.IsValid)
                {
                    valid++;
                }
                else
                {
                    invalid++;
                }

                if (progress && total % 1000 == 0)
                {
                    stderr.Write($"\r{total:N0} …");
                }
            }
        });
        task.GetAwaiter().GetResult();
        writer.Flush();
        if (progress)
        {
            stderr.Write('\r');
        }

        var seconds = clock.Elapsed.TotalSeconds;
        stderr.WriteLine(lang == Language.En
            ? $"processed {total} line(s): {valid} evaluated, {invalid} invalid ({seconds:F1} s)"
            : $"共处理 {total} 行:{valid} 行已评估,{invalid} 行输入无效(用时 {seconds:F1} 秒)");
        return CliApp.Ok;
    }
}
