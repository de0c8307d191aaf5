namespace Insurance.Rules.Engine;

/// <summary>
/// The agenda priority of a rule: among pending activations, those of higher-priority rules fire first.
/// Rules without the attribute have priority 0. Negative values are allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PriorityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The priority; higher fires first.</param>
    public PriorityAttribute(int value) => Value = value;

    /// <summary>The priority; higher fires first.</summary>
    public int Value { get; }
}
