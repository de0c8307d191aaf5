namespace Insurance.Rules.Domain.Packs;

/// <summary>The type a pack value must have; fixed per key by the <see cref="PackKeyCatalogue"/>.</summary>
public enum PackValueType
{
    /// <summary>A text value (<see cref="string"/>), e.g. a rule-family code or a place.</summary>
    String = 1,

    /// <summary>A whole number (<see cref="int"/>), e.g. months or days.</summary>
    Int = 2,

    /// <summary>A decimal number (<see cref="decimal"/>), e.g. an amount in yuan.</summary>
    Decimal = 3,

    /// <summary><c>true</c> or <c>false</c> (<see cref="bool"/>).</summary>
    Bool = 4,

    /// <summary>An ISO date <c>yyyy-MM-dd</c> (NodaTime <see cref="NodaTime.LocalDate"/>).</summary>
    Date = 5,

    /// <summary>A small map of text to text (<see cref="IReadOnlyDictionary{TKey, TValue}"/>) with a fixed key set.</summary>
    Map = 6,

    /// <summary>A non-empty list of short codes (<see cref="IReadOnlyList{T}"/> of <see cref="string"/>).</summary>
    List = 7,
}
