namespace Insurance.Rules.Engine.Tests;

/// <summary>Test helpers: compile rule instances into a session in one line.</summary>
internal static class Engine
{
    public static ISessionFactory Compile(params Rule[] rules)
    {
        var repository = new RuleRepository();
        foreach (var rule in rules)
        {
            repository.Add(rule);
        }

        return repository.Compile();
    }

    public static ISession Session(params Rule[] rules) => Compile(rules).CreateSession();

    /// <summary>Records "Rule(fact, fact)" for every firing, in order.</summary>
    public static List<string> RecordFirings(ISession session)
    {
        var log = new List<string>();
        session.Events.RuleFired += (_, e) => log.Add($"{e.Rule.Name}({string.Join(", ", e.Facts.Select(Describe))})");
        return log;
    }

    public static string Describe(object fact)
        => fact is System.Collections.IEnumerable list and not string
            ? "[" + string.Join(", ", list.Cast<object>()) + "]"
            : fact.ToString() ?? string.Empty;
}
