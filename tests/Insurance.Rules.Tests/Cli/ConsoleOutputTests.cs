using System.Text.Json.Nodes;
using Insurance.Rules.Cli;

namespace Insurance.Rules.Tests.Cli;

/// <summary>The lazily opened console streams of the command line (start-up: the console opens off the critical path).</summary>
public sealed class ConsoleOutputTests
{
    [Fact]
    public void Writes_OpenOnFirstUseOnceAndReachTheUnderlyingWriter()
    {
        var opened = 0;
        var target = new StringWriter { NewLine = "\n" };
        var output = new ConsoleOutput(() =>
        {
            opened++;
            return target;
        });

        output.Flush();
        output.IsOpen.Should().BeFalse("flushing a stream nobody wrote to does not open it");
        opened.Should().Be(0);

        output.Write('a');
        output.Write("bc");
        output.Write(['d', 'e', 'f'], 1, 2);
        output.Write(42);
        output.WriteLine("line");
        output.WriteLine();
        output.Write("x".AsSpan());
        output.WriteLine("y".AsSpan());
        output.Flush();

        opened.Should().Be(1);
        target.ToString().Should().Be("abcef42line\n\nxy\n");
        output.Encoding.Should().Be(target.Encoding);
    }

    [Fact]
    public void Evaluate_PlainCall_OpensTheOutputOnceAndWritesTheResultThere()
    {
        // The rule-building thread opens standard output once the rules are ready; the result must reach it exactly
        // once, whichever thread opened it first.
        var opened = 0;
        var target = new StringWriter();
        var output = new ConsoleOutput(() =>
        {
            Interlocked.Increment(ref opened);
            return target;
        });
        var file = Path.Combine(Path.GetTempPath(), $"console-output-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {"asOf":"2025-03-10","region":"yichang","participant":{"id":"E-1","birthDate":"1985-04-12","sex":"female","status":"flexible"},
             "contributions":[{"from":"2020-01","to":"2024-12","scheme":"employee","payer":"individual"}]}
            """);
        try
        {
            var exit = CliApp.Run(["evaluate", file, "--format", "json"], new StringReader(string.Empty), output, new StringWriter());

            exit.Should().Be(CliApp.Ok);
            opened.Should().Be(1);
            JsonNode.Parse(target.ToString())!["caseId"]!.GetValue<string>().Should().Be("E-1");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
