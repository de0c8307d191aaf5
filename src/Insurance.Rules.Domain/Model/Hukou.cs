namespace Insurance.Rules.Domain.Model;

/// <summary>A household registration (户籍): the region it is held in and its type.</summary>
public sealed class Hukou
{
    /// <summary>Creates a household registration.</summary>
    /// <param name="region">The six-digit region code the hukou is registered in.</param>
    /// <param name="type">Agricultural or non-agricultural.</param>
    public Hukou(string region, HukouType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        Region = region;
        Type = type;
    }

    /// <summary>The region code the hukou is registered in.</summary>
    public string Region { get; }

    /// <summary>Agricultural or non-agricultural.</summary>
    public HukouType Type { get; }
}
