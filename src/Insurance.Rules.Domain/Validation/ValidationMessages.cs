using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Domain.Validation;

/// <summary>The catalogue of input-validation messages (Validation/messages.yaml, embedded).</summary>
internal static class ValidationMessages
{
    /// <summary>The manifest resource name of the catalogue.</summary>
    public const string ResourceName = "Insurance.Rules.Domain.Validation.messages.yaml";

    private static readonly Lazy<TextCatalog> Lazy = new(
        () => TextCatalog.FromResource(typeof(ValidationMessages).Assembly, ResourceName),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The loaded catalogue.</summary>
    public static TextCatalog Catalog => Lazy.Value;
}
