namespace Insurance.Rules.Domain.Text;

/// <summary>Languages the library writes text in. Codes stay language-neutral; only texts change.</summary>
public enum Language
{
    /// <summary>Simplified Chinese (zh-CN).</summary>
    ZhCN = 1,

    /// <summary>English.</summary>
    En = 2,
}
