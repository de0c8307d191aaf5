using System.Text;
using Insurance.Rules.Batch;
using Insurance.Rules.DependencyInjection;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>
/// The payroll sample: employee CSV in, work list out. Wires Insurance.Rules the way a host service would — through
/// <see cref="InsuranceRulesServiceCollectionExtensions.AddInsuranceRules"/> with a logger factory.
/// </summary>
public static class PayrollApp
{
    /// <summary>Exit code: every row processed (bad rows included, as error items).</summary>
    public const int Ok = 0;

    /// <summary>Exit code: an internal fault.</summary>
    public const int Fault = 1;

    /// <summary>Exit code: unusable arguments or file (missing file, missing required column, bad option).</summary>
    public const int InvalidInput = 2;

    /// <summary>Runs the sample with the given streams (tests drive it in-process).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parsed = PayrollArguments.Parse(args, out var error);
        if (parsed is null)
        {
            await stderr.WriteLineAsync("error: " + error).ConfigureAwait(false);
            await stderr.WriteLineAsync(PayrollArguments.Usage).ConfigureAwait(false);
            return InvalidInput;
        }

        if (parsed.Input != "-" && !File.Exists(parsed.Input))
        {
            await stderr.WriteLineAsync($"error: file not found: {parsed.Input}").ConfigureAwait(false);
            return InvalidInput;
        }

        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(new TextWriterLoggerFactory(stderr, parsed.Verbose ? LogLevel.Information : LogLevel.Warning));
        services.AddInsuranceRules(o =>
        {
            o.Language = parsed.Language;
            o.IncludeTimeline = false;
            foreach (var p in parsed.Packs)
            {
                o.ExtraPackPaths.Add(p);
            }

            foreach (var v in parsed.Variants)
            {
                o.Variants.Add(v);
            }
        });

        await using var provider = services.BuildServiceProvider();
        BatchEvaluator evaluator;
        try
        {
            // Building the calculator reads the options, variants and pack files: their problems are the user's input.
            evaluator = provider.GetRequiredService<BatchEvaluator>();
        }
        catch (Exception ex) when (ex is OptionsValidationException or PackLoadException or InvalidOperationException)
        {
            await stderr.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return InvalidInput;
        }

        try
        {
            var processor = new PayrollProcessor(evaluator, parsed.AsOf, parsed.Region, parsed.Language);
            WorkList list;
            using (var reader = parsed.Input == "-" ? null : new StreamReader(parsed.Input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                list = await processor.ProcessAsync(reader ?? stdin).ConfigureAwait(false);
            }

            if (processor.IgnoredColumns.Count > 0)
            {
                await stderr.WriteLineAsync($"warning: ignored unknown column(s): {string.Join(", ", processor.IgnoredColumns)}").ConfigureAwait(false);
            }

            await WriteOutputsAsync(parsed, list, stdout).ConfigureAwait(false);
            await stderr.WriteLineAsync(Summary(list, parsed.Language)).ConfigureAwait(false);
            return Ok;
        }
        catch (Exception ex) when (ex is PayrollInputException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return InvalidInput;
        }
#pragma warning disable CA1031 // The last line of defence of a command-line program: report, exit 1, no stack trace for the user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"internal error: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            return Fault;
        }
    }

    private static async Task WriteOutputsAsync(PayrollArguments args, WorkList list, TextWriter stdout)
    {
        if (args.Out is null)
        {
            WorkListWriter.WriteCsv(stdout, list);
            await stdout.FlushAsync().ConfigureAwait(false);
        }
        else
        {
            // A byte-order mark so that spreadsheet programs open the Chinese names as UTF-8.
            await using var file = new StreamWriter(args.Out, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            WorkListWriter.WriteCsv(file, list);
        }

        if (args.Json is not null)
        {
            await using var json = File.Create(args.Json);
            WorkListWriter.WriteJson(json, list);
        }
    }

    private static string Summary(WorkList list, Language language) => language == Language.En
        ? $"{list.Rows} row(s): {list.Evaluated} evaluated, {list.ErrorRows} with errors; {list.Items.Count} work item(s); {list.NoAction} employee(s) covered with nothing to do"
        : $"共 {list.Rows} 行:{list.Evaluated} 行已评估,{list.ErrorRows} 行有错误;{list.Items.Count} 项待办;{list.NoAction} 名员工参保正常、无需办理";
}
