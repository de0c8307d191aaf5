using System.Reflection;
using System.Text.RegularExpressions;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Domain.Tests.Validation;

public sealed partial class ValidationMessagesTests
{
    private static readonly string[] Codes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Catalog_HasAMessageForEveryErrorCode()
    {
        // limit.exceeded is reported with the message of the limit that was hit (limit.depth, …).
        var missing = Codes.Where(c => c != ErrorCodes.LimitExceeded && !ValidationMessages.Catalog.Contains(c));

        missing.Should().BeEmpty();
        ValidationMessages.Catalog.Codes.Where(c => c.StartsWith("limit.", StringComparison.Ordinal)).Should().HaveCountGreaterThanOrEqualTo(8);
    }

    [Fact]
    public void ErrorCodes_AreDistinctAndDotted()
    {
        Codes.Should().OnlyHaveUniqueItems();
        Codes.Should().OnlyContain(c => CodePattern().IsMatch(c));
    }

    [Fact]
    public void Catalog_EveryMessageHasChineseAndEnglishWithTheSamePlaceholders()
    {
        var yaml = ReadResource();
        foreach (var code in ValidationMessages.Catalog.Codes)
        {
            var names = Placeholders(yaml, code);
            var args = names.ToDictionary(n => n, n => (object?)$"<{n}>");

            var zh = ValidationMessages.Catalog.Format(code, Language.ZhCN, args);
            var en = ValidationMessages.Catalog.Format(code, Language.En, args);

            zh.Should().NotBe(en, code);
            ChineseChar().IsMatch(zh).Should().BeTrue($"{code} zh text is Chinese");
            ChineseChar().IsMatch(en).Should().BeFalse($"{code} en text is English");
            foreach (var name in names)
            {
                zh.Should().Contain($"<{name}>", $"{code} zh uses {{{name}}}");
                en.Should().Contain($"<{name}>", $"{code} en uses {{{name}}}");
            }
        }
    }

    private static string[] Placeholders(string yaml, string code)
    {
        var start = yaml.IndexOf("\n" + code + ":", StringComparison.Ordinal);
        var end = yaml.IndexOf("\n", yaml.IndexOf("  en:", start, StringComparison.Ordinal), StringComparison.Ordinal);
        return PlaceholderName().Matches(yaml[start..end]).Select(m => m.Groups[1].Value).Distinct().ToArray();
    }

    private static string ReadResource()
    {
        using var stream = typeof(ErrorCodes).Assembly.GetManifestResourceStream(ValidationMessages.ResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderName();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseChar();
}
