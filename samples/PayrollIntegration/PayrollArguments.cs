using Insurance.Rules.DependencyInjection;
using Insurance.Rules.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>The command line of the payroll sample, parsed.</summary>
public sealed record PayrollArguments
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: PayrollIntegration EMPLOYEES.csv --as-of yyyy-MM-dd [--out WORKLIST.csv] [--json WORKLIST.json]
                                  [--region CODE] [--lang zh|en] [--variant [REGION:]KEY=VALUE]... [--packs PATH]... [--verbose]
          EMPLOYEES.csv  employee CSV (docs/payroll.md lists the columns); - reads standard input
          --as-of        evaluation date (required: the program never reads the clock)
          --out          work list CSV (default: standard output)
          --json         also write the work list as JSON
          --region       region for rows whose region column is empty
          --lang         language of step titles and messages (default zh)
          --variant      select a pack reading, e.g. yc.variant=excludePaymentMonth
          --packs        extra region-pack file or folder
          --verbose      log pack loading and fallbacks to standard error
        """;

    /// <summary>The employee CSV path, or <c>-</c>.</summary>
    public required string Input { get; init; }

    /// <summary>The evaluation date.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>CSV output path; null for standard output.</summary>
    public string? Out { get; init; }

    /// <summary>JSON output path, if any.</summary>
    public string? Json { get; init; }

    /// <summary>Default region.</summary>
    public string? Region { get; init; }

    /// <summary>Language.</summary>
    public Language Language { get; init; } = Language.ZhCN;

    /// <summary>Pack variants.</summary>
    public IReadOnlyList<PackVariant> Variants { get; init; } = [];

    /// <summary>Extra pack paths.</summary>
    public IReadOnlyList<string> Packs { get; init; } = [];

    /// <summary>Whether to log at information level.</summary>
    public bool Verbose { get; init; }

    /// <summary>Parses the arguments; null with <paramref name="error"/> set when they are not usable.</summary>
    public static PayrollArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? input = null, output = null, json = null, region = null, asOfText = null;
        var language = Language.ZhCN;
        var variants = new List<PackVariant>();
        var packs = new List<string>();
        var verbose = false;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            string? Value()
            {
                return i + 1 < args.Count ? args[++i] : null;
            }

            switch (a)
            {
                case "--out": output = Value(); if (output is null) { return Fail("--out needs a path", out error); } break;
                case "--json": json = Value(); if (json is null) { return Fail("--json needs a path", out error); } break;
                case "--region": region = Value(); if (region is null) { return Fail("--region needs a code", out error); } break;
                case "--as-of": asOfText = Value(); if (asOfText is null) { return Fail("--as-of needs a date", out error); } break;
                case "--packs": var p = Value(); if (p is null) { return Fail("--packs needs a path", out error); } packs.Add(p); break;
                case "--verbose": verbose = true; break;
                case "--lang":
                    var l = Value();
                    if (l is not ("zh" or "en"))
                    {
                        return Fail("--lang takes zh or en", out error);
                    }

                    language = l == "en" ? Language.En : Language.ZhCN;
                    break;
                case "--variant":
                    var v = Value();
                    if (v is null)
                    {
                        return Fail("--variant needs key=value", out error);
                    }

                    try
                    {
                        variants.Add(PackVariant.Parse(v));
                    }
                    catch (FormatException ex)
                    {
                        return Fail(ex.Message, out error);
                    }

                    break;
                default:
                    if (a.StartsWith("--", StringComparison.Ordinal) || input is not null)
                    {
                        return Fail($"unexpected argument '{a}'", out error);
                    }

                    input = a;
                    break;
            }
        }

        if (input is null)
        {
            return Fail("the employee CSV is missing", out error);
        }

        if (asOfText is null)
        {
            return Fail("--as-of is required", out error);
        }

        var asOf = LocalDatePattern.Iso.Parse(asOfText);
        if (!asOf.Success)
        {
            return Fail($"--as-of '{asOfText}' is not a date (yyyy-MM-dd)", out error);
        }

        error = null;
        return new PayrollArguments
        {
            Input = input, AsOf = asOf.Value, Out = output, Json = json, Region = region, Language = language,
            Variants = variants, Packs = packs, Verbose = verbose,
        };
    }

    private static PayrollArguments? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }
}
