namespace Insurance.Rules.Tests.Docs;

public sealed class ReadmeTests
{
    private static string Between(string text, string start, string end)
    {
        var a = text.IndexOf(start, StringComparison.Ordinal);
        var b = text.IndexOf(end, StringComparison.Ordinal);
        a.Should().BeGreaterThanOrEqualTo(0, $"marker {start} must be present");
        b.Should().BeGreaterThan(a, $"marker {end} must follow {start}");
        return text[a..(b + end.Length)].ReplaceLineEndings("\n");
    }

    [Fact]
    public void Readme_QuickStartExample_IsTheCompiledSample()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        var sample = File.ReadAllText(RepoPaths.Combine("samples", "Insurance.Rules.QuickStart", "Program.cs"));
        Between(readme, "// <quickstart>", "// </quickstart>").Should().Be(Between(sample, "// <quickstart>", "// </quickstart>"));
    }

    [Fact]
    public void Readme_RunCommand_NamesASampleCaseThatExists()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        var line = readme.Split('\n').Single(l => l.StartsWith("dotnet run --project samples/Insurance.Rules.Cli", StringComparison.Ordinal));
        var file = line.Split(' ').Single(w => w.StartsWith("samples/cases/", StringComparison.Ordinal));
        File.Exists(RepoPaths.Combine(file.Split('/'))).Should().BeTrue();
        readme.Should().Contain("dotnet test Insurance.Rules.sln");
    }
}
