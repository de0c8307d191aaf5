using Insurance.Rules.Domain.Text;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules;

/// <summary>The text catalogue of the policy rules (step titles, assumption texts) in zh-CN and English.</summary>
public static class PolicyTexts
{
    /// <summary>The embedded resource name of the catalogue.</summary>
    public const string ResourceName = "Insurance.Rules.Policies.Texts.texts.yaml";

    /// <summary>Loads the catalogue from the policies assembly.</summary>
    public static TextCatalog Load() => TextCatalog.FromResource(typeof(CaseFact).Assembly, ResourceName);
}
