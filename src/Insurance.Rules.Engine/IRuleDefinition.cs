namespace Insurance.Rules.Engine;

/// <summary>
/// The metadata of a rule, read from its class and attributes. Immutable.
/// </summary>
public interface IRuleDefinition
{
    /// <summary>The rule name: <see cref="NameAttribute"/>, or the class name when the attribute is absent.</summary>
    string Name { get; }

    /// <summary>The <see cref="DescriptionAttribute"/> text, if any.</summary>
    string? Description { get; }

    /// <summary>The <see cref="TagAttribute"/> values, without duplicates, in declaration order.</summary>
    IReadOnlyList<string> Tags { get; }

    /// <summary>The <see cref="PriorityAttribute"/> value; 0 when absent. Higher fires first.</summary>
    int Priority { get; }

    /// <summary>The clause id of the <see cref="BasisAttribute"/>, if any.</summary>
    string? BasisId { get; }

    /// <summary>The source document of the <see cref="BasisAttribute"/>, if any.</summary>
    string? BasisSource { get; }

    /// <summary>The rule class.</summary>
    Type RuleType { get; }
}
