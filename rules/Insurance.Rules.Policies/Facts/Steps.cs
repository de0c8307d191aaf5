using Insurance.Rules.Domain.Results;
using Insurance.Rules.Engine;
using NodaTime;

namespace Insurance.Rules.Policies.Facts;

/// <summary>Builds step facts; document codes and step codes are language-neutral.</summary>
public static class Steps
{
    /// <summary>Channels where a person pays personally.</summary>
    public static readonly IReadOnlyList<Channel> PayChannels = [Channel.Online, Channel.App, Channel.Bank, Channel.Counter];

    /// <summary>Inserts a step linked to the activation that asked for it.</summary>
    public static void Add(
        IContext ctx,
        string code,
        LocalDate? dueBy,
        IReadOnlyList<string> documents,
        IReadOnlyList<Channel> channels,
        string? where,
        string basis,
        int order,
        IReadOnlyDictionary<string, object?>? args = null)
        => ctx.InsertLinked(new StepFact(code, dueBy, documents, channels, where, basis, order, args));

    /// <summary>The earliest deadline of a gap, or null when there is none.</summary>
    public static LocalDate? EarliestDeadline(IReadOnlyList<DeadlineFact> deadlines)
    {
        LocalDate? min = null;
        foreach (var d in deadlines)
        {
            if (min is null || d.PayBy < min)
            {
                min = d.PayBy;
            }
        }

        return min;
    }

    /// <summary>A document-code list from the pack (key of type list), or <paramref name="fallback"/> when unset.</summary>
    public static IReadOnlyList<string> Documents(CaseFact c, string key, LocalDate on, params string[] fallback)
        => c.Parameters.TryGetList(key, on) ?? fallback;

    /// <summary>A channel list from the pack (contract channel names), or <paramref name="fallback"/> when unset.</summary>
    public static IReadOnlyList<Channel> Channels(CaseFact c, string key, LocalDate on, params Channel[] fallback)
    {
        var names = c.Parameters.TryGetList(key, on);
        if (names is null)
        {
            return fallback;
        }

        var list = new List<Channel>(names.Count);
        foreach (var n in names)
        {
            list.Add(Enum.Parse<Channel>(n, ignoreCase: true));
        }

        return list;
    }
}
