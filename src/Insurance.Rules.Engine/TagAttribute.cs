namespace Insurance.Rules.Engine;

/// <summary>
/// A free-form tag on a rule class (for example a region or policy area), used to filter rules when loading a
/// repository. A class may carry several tags; tags on a base rule class are inherited.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class TagAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The tag; not blank.</param>
    public TagAttribute(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The tag.</summary>
    public string Value { get; }
}
