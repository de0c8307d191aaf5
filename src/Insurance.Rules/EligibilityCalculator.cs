using System.Reflection;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Validation;
using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.Engine;
using Insurance.Rules.Diagnostics;
using Insurance.Rules.Pipeline;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules;

/// <summary>
/// Evaluates cases: validates, analyses the contribution ledger, runs a session of the policy rules and
/// assembles the result with its trace. Build it once and share it: it is immutable and thread-safe; each
/// evaluation uses its own rule session.
/// </summary>
public sealed class EligibilityCalculator
{
    private static readonly Lazy<EligibilityCalculator> DefaultInstance = new(() => new EligibilityCalculator());

    private readonly ISessionFactory factory;
    private readonly ResultAssembler assembler;
    private readonly CalculatorOptions options;
    private readonly FallbackReporter? fallbacks;

    /// <summary>Builds a calculator: loads the packs and compiles the rules once.</summary>
    /// <param name="options">Options; null for the defaults.</param>
    /// <exception cref="PackLoadException">When a pack file is malformed (file, line and reason).</exception>
    public EligibilityCalculator(CalculatorOptions? options = null)
    {
        this.options = options ?? new CalculatorOptions();

        // The packs and the texts load on a pool thread while this one compiles the rules: building a calculator is
        // most of a one-case process's time (docs/performance.md). If no pool thread takes the work by the time the
        // rules are compiled, this thread does it; a pack error is reported before a rule error, as in sequence.
        var data = new Lazy<CalculatorData>(LoadData, LazyThreadSafetyMode.ExecutionAndPublication);
        ThreadPool.UnsafeQueueUserWorkItem(static d => WarmData(d), data, preferLocal: false);
        ISessionFactory compiled;
        try
        {
            compiled = CompileRules();
        }
        catch (RuleDefinitionException)
        {
            _ = data.Value;
            throw;
        }

        Packs = data.Value.Packs;
        Texts = data.Value.Texts;
        factory = compiled;
        assembler = new ResultAssembler(Texts);
        if (this.options.Logger is { } logger)
        {
            CalculatorLog.Built(logger, this);
            fallbacks = new FallbackReporter(logger);
        }
    }

    private static void WarmData(Lazy<CalculatorData> data)
    {
        try
        {
            _ = data.Value;
        }
        catch (Exception)
        {
            // Not lost: the Lazy keeps the exception, and the constructor, reading the same Lazy, throws it.
        }
    }

    private CalculatorData LoadData()
        => new(options.ExtraPackPaths.Count == 0 ? PackRegistry.LoadEmbedded() : PackRegistry.Load(options.ExtraPackPaths),
            PolicyTexts.Shared);

    private ISessionFactory CompileRules()
    {
        var repository = new RuleRepository();
        var policies = typeof(CaseFact).Assembly;
        if (this.options.RuleFilter is { } filter)
        {
            repository.Load([policies], filter);
        }
        else
        {
            repository.Load(policies);
        }

        return repository.Compile();
    }

    /// <summary>
    /// Makes every rule expression ready for its first call, which otherwise happens during the first evaluations.
    /// Optional: a host that wants its first evaluation fast calls it on a spare thread after building the calculator,
    /// even while evaluations already run (results are the same either way). Thread-safe; repeating it does nothing.
    /// </summary>
    public void Prepare() => factory.Prepare();

    /// <summary>A calculator with the shipped packs and every rule, built on first use.</summary>
    public static EligibilityCalculator Default => DefaultInstance.Value;

    /// <summary>The region packs in use.</summary>
    public PackRegistry Packs { get; }

    /// <summary>The compiled rules.</summary>
    public IReadOnlyList<IRuleDefinition> Rules => factory.Rules;

    /// <summary>The text catalogue for step titles and assumption texts.</summary>
    public TextCatalog Texts { get; }

    /// <summary>The language results use unless a call says otherwise.</summary>
    public Language Language => options.Language;

    /// <summary>Parses and validates a case from JSON (UTF-8), with every problem reported with its path.</summary>
    public CaseParseResult Parse(ReadOnlySpan<byte> utf8Json, Language? language = null)
        => CaseJson.Parse(utf8Json, ReadOptions(language));

    /// <summary>Parses and validates a case from JSON text.</summary>
    public CaseParseResult Parse(string json, Language? language = null)
        => CaseJson.Parse(json, ReadOptions(language));

    /// <summary>Parses, validates and evaluates a case from JSON text.</summary>
    /// <returns>The result, or the input errors.</returns>
    public Evaluation EvaluateJson(string json, Language? language = null)
    {
        var parsed = Parse(json, language);
        return parsed.Case is { } c ? new Evaluation(Evaluate(c, language), []) : new Evaluation(null, parsed.Errors);
    }

    /// <summary>Parses, validates and evaluates a case from UTF-8 JSON.</summary>
    public Evaluation EvaluateJson(ReadOnlySpan<byte> utf8Json, Language? language = null)
    {
        var parsed = Parse(utf8Json, language);
        return parsed.Case is { } c ? new Evaluation(Evaluate(c, language), []) : new Evaluation(null, parsed.Errors);
    }

    /// <summary>Evaluates a case built in code.</summary>
    /// <param name="case">The case; its region must be a valid code (aliases are resolved).</param>
    /// <param name="language">Language of texts; null for the calculator's default.</param>
    /// <exception cref="ArgumentException">When the region code is not valid.</exception>
    public EvaluationResult Evaluate(InsuranceCase @case, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var code = Packs.TryResolveAlias(@case.Region, out var resolved) ? resolved : @case.Region;
        var parameters = Packs.For(code);
        if (parameters.IsFallback)
        {
            fallbacks?.Report(code, parameters.RegionCode);
        }

        var ledger = LedgerAnalysis.Analyze(@case, FactBuilder.LedgerOptionsFor(parameters, @case.AsOf));
        var caseFact = new CaseFact(@case, ledger, parameters);

        var facts = new List<object>(8 + ledger.Gaps.Count) { caseFact };
        var residentYear = FactBuilder.ResidentYear(caseFact);
        if (residentYear is not null)
        {
            facts.Add(residentYear);
        }

        FactBuilder.AddGaps(facts, caseFact, residentYear);
        var gapFacts = new List<GapFact>(ledger.Gaps.Count);
        foreach (var f in facts)
        {
            if (f is GapFact g)
            {
                gapFacts.Add(g);
            }
        }

        var trace = new List<TraceEntry>();
        using var session = factory.CreateSession();
        session.Events.RuleFired += (_, e) => trace.Add(new TraceEntry(e.Rule.BasisId ?? e.Rule.Name, e.Rule.Name, e.Rule.BasisSource ?? string.Empty));
        session.InsertAll(facts);
        session.Fire();
        return assembler.Assemble(caseFact, gapFacts, residentYear, session, trace, language ?? options.Language, options.IncludeTimeline);
    }

    private CaseReadOptions ReadOptions(Language? language) => new()
    {
        Language = language ?? options.Language,
        Limits = options.Limits,
        ResolveRegionAlias = alias => Packs.TryResolveAlias(alias, out var code) ? code : null,
    };

    private sealed record CalculatorData(PackRegistry Packs, TextCatalog Texts);
}
