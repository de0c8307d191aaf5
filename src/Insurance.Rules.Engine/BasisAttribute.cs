namespace Insurance.Rules.Engine;

/// <summary>
/// The legal basis of a rule: the clause id it encodes (for example <c>CN-TRANSFER-SHORT</c>) and the source
/// document that states the clause. Traces carry both so every result can be traced back to its source.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class BasisAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="id">The clause id; not blank.</param>
    /// <param name="source">The source document of the clause; not blank.</param>
    public BasisAttribute(string id, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Id = id;
        Source = source;
    }

    /// <summary>The clause id.</summary>
    public string Id { get; }

    /// <summary>The source document of the clause.</summary>
    public string Source { get; }
}
