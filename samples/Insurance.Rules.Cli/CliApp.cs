using System.CommandLine;
using System.Text;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Cli;

/// <summary>The <c>insurance-rules</c> command line: evaluate, batch, packs.</summary>
public static class CliApp
{
    /// <summary>Exit code: evaluated (or every batch line processed).</summary>
    public const int Ok = 0;

    /// <summary>Exit code: an internal fault.</summary>
    public const int Fault = 1;

    /// <summary>Exit code: invalid input (errors printed).</summary>
    public const int InvalidInput = 2;

    /// <summary>Runs the command line with the given streams (so tests can drive it in-process).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool isTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);

        // The common one-case call is recognised without building the command tree (that set-up is about a tenth of a
        // one-case run); any other form — option syntaxes, help, response files, mistakes — goes through
        // System.CommandLine, which also words every error.
        if (TryPlainEvaluate(args, out var plainFile, out var plainFormat, out var plainLang))
        {
            return Guard(stderr, () => Evaluate(
                plainFile, plainFormat ?? (isTerminal ? "text" : "json"), Lang(plainLang), null, stdin, stdout, stderr));
        }

        return RunCommandLine(args, stdin, stdout, stderr, isTerminal);
    }

    // Every other form, through System.CommandLine. A method of its own, so that the plain call above never loads that
    // assembly or the types its tree needs.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int RunCommandLine(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool isTerminal)
    {
        var lang = new Option<string>("--lang") { Description = "Language of texts: zh or en", DefaultValueFactory = _ => "zh", Recursive = true };
        lang.AcceptOnlyFromAmong("zh", "en");
        var packsOption = new Option<string[]>("--packs") { Description = "Extra region-pack files or folders", Recursive = true, AllowMultipleArgumentsPerToken = true };

        var file = new Argument<string>("FILE") { Description = "Case JSON file, or - for standard input" };
        var format = new Option<string>("--format") { Description = "Output format: json or text (default: text on a terminal, else json)" };
        format.AcceptOnlyFromAmong("json", "text");
        var evaluate = new Command("evaluate", "Evaluate one case") { file, format };
        evaluate.SetAction(r => Guard(stderr, () => Evaluate(
            r.GetValue(file)!, r.GetValue(format) ?? (isTerminal ? "text" : "json"), Lang(r.GetValue(lang)), r.GetValue(packsOption), stdin, stdout, stderr)));

        var input = new Argument<string>("IN") { Description = "JSON Lines file of cases, or - for standard input" };
        var output = new Option<string>("--out") { Description = "JSON Lines output file (default: standard output)" };
        var parallel = new Option<int>("--parallel") { Description = "Worker count (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Command("batch", "Evaluate a JSON Lines file of cases, one result or error object per line, same order") { input, output, parallel };
        batch.SetAction(r => Guard(stderr, () => BatchCommand.Run(
            r.GetValue(input)!, r.GetValue(output), Lang(r.GetValue(lang)), r.GetValue(packsOption), Math.Max(1, r.GetValue(parallel)), stdin, stdout, stderr, isTerminal)));

        var packs = new Command("packs", "List the region packs: parents, effective ranges and sources");
        packs.SetAction(r => Guard(stderr, () => PacksCommand.Run(Calculator(r.GetValue(packsOption), Lang(r.GetValue(lang))).Packs, Lang(r.GetValue(lang)), stdout)));

        var root = new RootCommand("Insurance.Rules: is my medical insurance still valid, what must I do, by when, and from which day am I covered again?")
        {
            evaluate, batch, packs, lang, packsOption,
        };

        var parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// The raw bytes behind standard input: the underlying stream of a <see cref="StreamReader"/>, or the text of any
    /// other reader (tests) encoded as UTF-8.
    /// </summary>
    public static Stream StdinStream(TextReader stdin) => stdin switch
    {
        StandardInput console => console.BaseStream,
        StreamReader reader => reader.BaseStream,
        _ => new MemoryStream(Encoding.UTF8.GetBytes(stdin.ReadToEnd())),
    };

    /// <summary>
    /// Recognises exactly <c>evaluate FILE</c> with at most one <c>--format json|text</c> and one <c>--lang zh|en</c>,
    /// in any order, each as two tokens: the forms whose meaning System.CommandLine gives them too.
    /// </summary>
    public static bool TryPlainEvaluate(string[] args, out string file, out string? format, out string? lang)
    {
        file = string.Empty;
        format = null;
        lang = null;
        if (args.Length < 2 || args[0] != "evaluate")
        {
            return false;
        }

        string? found = null;
        for (var i = 1; i < args.Length; i++)
        {
            var token = args[i];
            if (token == "--format" || token == "--lang")
            {
                if (i + 1 >= args.Length)
                {
                    return false;
                }

                var value = args[++i];
                if (token == "--format" && format is null && value is "json" or "text")
                {
                    format = value;
                }
                else if (token == "--lang" && lang is null && value is "zh" or "en")
                {
                    lang = value;
                }
                else
                {
                    return false;
                }
            }
            else if (found is null && token.Length > 0 && (token == "-" || token[0] is not ('-' or '@' or '[')))
            {
                found = token;
            }
            else
            {
                return false;
            }
        }

        if (found is null)
        {
            return false;
        }

        file = found;
        return true;
    }

    /// <summary>Maps <c>zh</c>/<c>en</c> to a language.</summary>
    public static Language Lang(string? value) => value == "en" ? Language.En : Language.ZhCN;

    /// <summary>Builds the calculator (the shipped packs plus any user packs).</summary>
    public static EligibilityCalculator Calculator(string[]? packs, Language lang)
    {
        if (packs is null || packs.Length == 0)
        {
            return lang == Language.ZhCN ? EligibilityCalculator.Default : new EligibilityCalculator(new CalculatorOptions { Language = lang });
        }

        var options = new CalculatorOptions { Language = lang };
        foreach (var p in packs)
        {
            options.ExtraPackPaths.Add(p);
        }

        return new EligibilityCalculator(options);
    }

    private static int Evaluate(string path, string format, Language lang, string[]? packs, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        // A one-case run is mostly set-up (docs/performance.md), so it uses both cores: the calculator (packs, rules,
        // texts) is built on a pool thread while this thread reads and checks the case, and that thread then prepares
        // the rule expressions from the last rule while this one evaluates from the first. The outcome and the order
        // of messages are those of doing it in sequence: a file that cannot be read is reported first, a pack error
        // next, input errors last.
        var built = new TaskCompletionSource<EligibilityCalculator>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Set once the result writer has had its first use (or needs none: the text view does not use it).
        writerWarm = format != "json";
        _ = Task.Run(() => BuildAndPrepare(built, packs, lang, stdout));
        var calculatorTask = built.Task;
        byte[] json;
        if (path == "-")
        {
            using var buffer = new MemoryStream();
            StdinStream(stdin).CopyTo(buffer);
            json = buffer.ToArray();
        }
        else if (!File.Exists(path))
        {
            stderr.WriteLine(lang == Language.En ? $"File not found: {path}" : $"找不到文件:{path}");
            return InvalidInput;
        }
        else
        {
            // Raw bytes: the library checks the encoding and reports invalid UTF-8 with its offset.
            json = File.ReadAllBytes(path);
        }

        var parsed = CaseJson.Parse(json, new CaseReadOptions
        {
            Language = lang,
            ResolveRegionAlias = alias => calculatorTask.GetAwaiter().GetResult().Packs.TryResolveAlias(alias, out var code) ? code : null,
        });
        if (packs is null || packs.Length == 0)
        {
            // While the rules compile on the other core: the shipped packs and texts are loaded once per process, so
            // this either finds them loaded, waits for the load under way, or does it here if no thread started it.
            _ = PackRegistry.LoadEmbedded();
            _ = PolicyTexts.Shared;
        }

        if (!calculatorTask.IsCompleted)
        {
            // The rules are still compiling: this thread would only wait, so it gives the result writer its first use
            // and the other thread goes straight on to the rule expressions. With the shipped packs, it also resolves
            // the case's region parameters, which the evaluation then finds ready (the registry keeps them per code).
            if (!writerWarm)
            {
                WarmResultWriter();
            }

            if ((packs is null || packs.Length == 0) && parsed.Case is { } early)
            {
                var registry = PackRegistry.LoadEmbedded();
                _ = registry.For(registry.TryResolveAlias(early.Region, out var code) ? code : early.Region);
            }
        }

        var calculator = calculatorTask.GetAwaiter().GetResult();
        var evaluation = parsed.Case is { } c
            ? new Evaluation(calculator.Evaluate(c, lang), [])
            : new Evaluation(null, parsed.Errors);
        if (!evaluation.IsValid)
        {
            if (format == "json")
            {
                stdout.WriteLine(ResultJson.SerializeErrors(evaluation.Errors));
            }
            else
            {
                foreach (var e in evaluation.Errors)
                {
                    stderr.WriteLine($"{e.Path}: {e.Message} [{e.Code}]");
                }
            }

            return InvalidInput;
        }

        if (format == "json")
        {
            stdout.WriteLine(ResultJson.Serialize(evaluation.Result!, indented: true));
        }
        else
        {
            TextView.Write(evaluation.Result!, lang, stdout);
        }

        return Ok;
    }

    private static void BuildAndPrepare(TaskCompletionSource<EligibilityCalculator> built, string[]? packs, Language lang, TextWriter stdout)
    {
        EligibilityCalculator calculator;
        try
        {
            calculator = Calculator(packs, lang);
        }
        catch (Exception e)
        {
            built.SetException(e);
            return;
        }

        built.SetResult(calculator);
        try
        {
            // Head starts for the evaluating thread, in the order it needs them: the rule expressions, then the result
            // writer's first use, unless the reading thread, done before the rules were, has given it already, then the
            // console stream the result goes to.
            calculator.Prepare();
            if (!writerWarm)
            {
                WarmResultWriter();
            }

            (stdout as ConsoleOutput)?.Open();
        }
        catch (Exception)
        {
            // Only a head start: an expression that cannot be prepared fails again, and is reported, when it runs.
        }
    }

    // Set once the result writer has had its first use in this process, or when the output does not need it.
    private static volatile bool writerWarm;

    // Writes a result with one of every part, and discards it: the first result a process writes costs several
    // milliseconds of loading and first calls, which a thread with nothing else to do can pay in advance.
    private static void WarmResultWriter()
    {
        writerWarm = true;
        var month = new NodaTime.YearMonth(2025, 1);
        var day = new NodaTime.LocalDate(2025, 3, 10);
        _ = ResultJson.Serialize(
            new EvaluationResult
            {
                CaseId = "预热 warm-up",
                AsOf = day,
                Region = "000000",
                Status = CoverageStatus.Suspended,
                Gaps = [new GapResult(month, month, 1, 31, "band", true, day, day)],
                BenefitsResumeOn = day,
                WaitingMonths = 3,
                GapCoveredRetroactively = false,
                ContinuityPreserved = true,
                Deadlines = [new DeadlineResult(day, "then", day)],
                Steps = [new StepResult("code", "标题", day, new[] { "idCard" }, new[] { Channel.Counter }, "地点", "basis")],
                Retirement = new RetirementResult(month, 180, 120, 60),
                FlexibleEnrollment = new FlexibleEnrollmentResult(true, "reason", "basis"),
                ResidentWaiting = new ResidentWaitingResult(3, 0, 0, 3),
                Incentive = new IncentiveResult(1, 1000.5m),
                Assumptions = [new AssumptionResult("code", "假设")],
                Trace = [new TraceEntry("rule", "规则", "依据")],
                Timeline = [new TimelineMonth(month, MonthState.Paid, true)],
            },
            indented: true);
    }

    /// <summary>Runs an action; a pack error is reported as invalid input, anything else as a fault, never with a stack trace.</summary>
    private static int Guard(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (PackLoadException ex)
        {
            stderr.WriteLine(ex.Message);
            return InvalidInput;
        }
        catch (IOException ex)
        {
            stderr.WriteLine(ex.Message);
            return InvalidInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine(ex.Message);
            return InvalidInput;
        }
#pragma warning disable CA1031 // The command line must never print a stack trace: every fault becomes exit code 1 with its message.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            return Fault;
        }
    }
}
