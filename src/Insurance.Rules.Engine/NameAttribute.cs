namespace Insurance.Rules.Engine;

/// <summary>
/// Gives a rule class its name. Without it the rule is named after its class (<see cref="System.Reflection.MemberInfo.Name"/>).
/// Names must be unique within a compiled repository, because traces and errors identify rules by name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The rule name; not blank.</param>
    public NameAttribute(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The rule name.</summary>
    public string Value { get; }
}
