namespace Insurance.Rules.Engine;

/// <summary>
/// A human-readable description of a rule: for policy rules, the clause it encodes.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DescriptionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The description; not null.</param>
    public DescriptionAttribute(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The description.</summary>
    public string Value { get; }
}
