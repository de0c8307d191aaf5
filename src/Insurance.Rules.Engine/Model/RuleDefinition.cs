using System.Reflection;

namespace Insurance.Rules.Engine.Model;

/// <summary>The metadata of a rule class, read once from its attributes.</summary>
internal sealed class RuleDefinition : IRuleDefinition
{
    private RuleDefinition(Type ruleType, string name, string? description, IReadOnlyList<string> tags, int priority,
        string? basisId, string? basisSource)
    {
        RuleType = ruleType;
        Name = name;
        Description = description;
        Tags = tags;
        Priority = priority;
        BasisId = basisId;
        BasisSource = basisSource;
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<string> Tags { get; }

    public int Priority { get; }

    public string? BasisId { get; }

    public string? BasisSource { get; }

    public Type RuleType { get; }

    public static RuleDefinition FromType(Type ruleType)
    {
        var name = ruleType.GetCustomAttribute<NameAttribute>(inherit: false)?.Value ?? ruleType.Name;
        var description = ruleType.GetCustomAttribute<DescriptionAttribute>(inherit: false)?.Value;
        var priority = ruleType.GetCustomAttribute<PriorityAttribute>(inherit: true)?.Value ?? 0;
        var basis = ruleType.GetCustomAttribute<BasisAttribute>(inherit: false);
        var tags = new List<string>();
        foreach (var tag in ruleType.GetCustomAttributes<TagAttribute>(inherit: true))
        {
            if (!tags.Contains(tag.Value))
            {
                tags.Add(tag.Value);
            }
        }

        return new RuleDefinition(ruleType, name, description, tags.AsReadOnly(), priority, basis?.Id, basis?.Source);
    }

    public override string ToString() => Name;
}
