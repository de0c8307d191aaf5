using Insurance.Rules.Domain.Text;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules;

/// <summary>The text catalogue of the policy rules (step titles, assumption texts) in zh-CN and English.</summary>
public static class PolicyTexts
{
    /// <summary>The embedded resource name of the catalogue.</summary>
    public const string ResourceName = "Insurance.Rules.Policies.Texts.texts.yaml";

    private static readonly Lazy<TextCatalog> SharedCatalog = new(Load);

    /// <summary>Loads the catalogue from the policies assembly (a new instance each time).</summary>
    public static TextCatalog Load() => TextCatalog.FromResource(typeof(CaseFact).Assembly, ResourceName);

    /// <summary>The catalogue loaded once per process and shared (it is immutable).</summary>
    public static TextCatalog Shared => SharedCatalog.Value;
}
