using System.Text;
using System.Text.Json.Nodes;
using Insurance.Rules.Batch;
using Insurance.Rules.Cli;

namespace Insurance.Rules.Tests.Batch;

/// <summary>A batch of 10,000 cases mixed with bad lines: every line answered, in order, bad lines reported.</summary>
public sealed class BatchTenThousandTests
{
    private const int Lines = 10_000;

    private static bool IsBad(int n) => n % 7 == 0 || n % 113 == 0;

    private static string Line(int n)
    {
        if (n % 113 == 0)
        {
            return "{\"asOf\": broken";
        }

        if (n % 7 == 0)
        {
            // Valid JSON, invalid case: impossible date and an unknown field.
            return $$"""{"asOf":"2025-02-30","region":"CN","participant":{"id":"B-{{n}}","birthDate":"1990-01-01","sex":"male","status":"employed"},"contributions":[],"typo":1}""";
        }

        var lastPaid = 1 + (n % 12);
        return $$"""{"asOf":"2025-03-10","region":"{{(n % 2 == 0 ? "420500" : "330200")}}","participant":{"id":"B-{{n}}","birthDate":"1985-04-12","sex":"female","status":"flexible"},"contributions":[{"from":"2015-01","to":"2024-{{lastPaid:00}}","scheme":"employee","payer":"individual"}]}""";
    }

    [Fact]
    public void CliBatch_TenThousandMixedLines_OneOutputPerLineInOrder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "insurance-rules-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var input = Path.Combine(dir, "in.jsonl");
        var output = Path.Combine(dir, "out.jsonl");
        File.WriteAllLines(input, Enumerable.Range(1, Lines).Select(Line), new UTF8Encoding(false));

        var err = new StringWriter();
        var exit = CliApp.Run(["batch", input, "--out", output, "--parallel", "2"], new StringReader(string.Empty), new StringWriter(), err);

        exit.Should().Be(CliApp.Ok, "every line was processed, bad ones included");
        var lines = File.ReadAllLines(output);
        lines.Should().HaveCount(Lines);
        var bad = 0;
        for (var i = 0; i < Lines; i++)
        {
            var n = i + 1;
            var node = JsonNode.Parse(lines[i])!;
            if (IsBad(n))
            {
                bad++;
                node["line"]!.GetValue<long>().Should().Be(n);
                node["errors"]!.AsArray().Should().NotBeEmpty();
            }
            else
            {
                node["caseId"]!.GetValue<string>().Should().Be($"B-{n}", "output keeps the input order");
            }
        }

        err.ToString().Should().Contain($"{Lines - bad}").And.Contain($"{bad}");
        Directory.Delete(dir, recursive: true);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task EvaluateAsync_SmallWindow_StillInOrder(int parallelism)
    {
        var evaluator = new BatchEvaluator(EligibilityCalculator.Default) { WindowPerWorker = 3 };
        var items = new List<BatchItem>();
        await foreach (var item in evaluator.EvaluateAsync(Enumerable.Range(1, 500).Select(Line).ToAsyncEnumerable(), parallelism))
        {
            items.Add(item);
        }

        items.Select(i => i.LineNumber).Should().Equal(Enumerable.Range(1, 500).Select(i => (long)i));
        items.Where(i => !i.IsValid).Select(i => (int)i.LineNumber).Should().Equal(Enumerable.Range(1, 500).Where(IsBad));
    }
}
