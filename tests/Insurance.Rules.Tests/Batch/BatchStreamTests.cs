using System.Text;
using Insurance.Rules.Batch;
using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Tests.Batch;

/// <summary>
/// The stream batch (<see cref="BatchEvaluator.Evaluate(Stream, Stream, int, Language?, Action{long}?, CancellationToken)"/>)
/// writes exactly the bytes of the line-by-line API, whatever the chunking, worker count and read sizes.
/// </summary>
public sealed class BatchStreamTests
{
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    private static string Case(int n) =>
        $$"""{"asOf":"2025-03-10","region":"{{(n % 2 == 0 ? "420500" : "330200")}}","participant":{"id":"S-{{n}}","birthDate":"1985-04-12","sex":"female","status":"flexible"},"contributions":[{"from":"2015-01","to":"2024-{{1 + (n % 12):00}}","scheme":"employee","payer":"individual"}]}""";

    // Good cases between every kind of bad line: broken JSON, an invalid case, blank and white-space lines, a CRLF line
    // end, invalid UTF-8 and a line longer than a chunk's first buffer (512 KB).
    private static byte[] MixedInput(bool bom, bool finalLineEnd)
    {
        var input = new MemoryStream();
        if (bom)
        {
            input.Write([0xEF, 0xBB, 0xBF]);
        }

        for (var n = 1; n <= 150; n++)
        {
            var line = (n % 10) switch
            {
                3 => "{\"asOf\": broken",
                4 => string.Empty,
                5 => " \t ",
                6 => Case(n) + "\r",
                7 => "{\"asOf\":\"2025-02-30\",\"region\":\"CN\",\"typo\":1}",
                _ => Case(n),
            };
            input.Write(Encoding.UTF8.GetBytes(line));
            if (n == 8)
            {
                input.Write([0xFF, 0xFE]);
            }

            if (n == 77)
            {
                input.Write(Encoding.UTF8.GetBytes("{\"note\":\"" + new string('x', 700_000) + "\"}"));
            }

            if (n < 150 || finalLineEnd)
            {
                input.WriteByte((byte)'\n');
            }
        }

        return input.ToArray();
    }

    private static async Task<byte[]> LineByLine(byte[] input)
    {
        var expected = new MemoryStream();
        var evaluator = new BatchEvaluator(EligibilityCalculator.Default);
        await foreach (var item in evaluator.EvaluateAsync(BatchEvaluator.ReadUtf8LinesAsync(new MemoryStream(input)), 1))
        {
            expected.Write(Encoding.UTF8.GetBytes(item.Json));
            expected.Write(NewLine);
        }

        return expected.ToArray();
    }

    [Theory]
    [InlineData(1, 64, true, true)]
    [InlineData(2, 64, false, false)]
    [InlineData(3, 2, true, false)] // one line per chunk, more workers than chunks in flight would need
    [InlineData(8, 1, false, true)]
    public async Task Evaluate_MixedLines_SameBytesAsLineByLine(int workers, int window, bool bom, bool finalLineEnd)
    {
        var input = MixedInput(bom, finalLineEnd);
        var expected = await LineByLine(input);

        var output = new MemoryStream();
        var evaluator = new BatchEvaluator(EligibilityCalculator.Default) { WindowPerWorker = window };
        var summary = evaluator.Evaluate(new MemoryStream(input), output, workers);

        output.ToArray().Should().Equal(expected);
        summary.Lines.Should().Be(150);
        summary.Evaluated.Should().Be(89, "lines ending in 0, 1, 2, 6, 8 and 9 are cases, except line 8 (invalid UTF-8 appended)");
        summary.Invalid.Should().Be(61);
    }

    [Fact]
    public async Task Evaluate_OneByteReads_LinesSplitAcrossReadsStillWhole()
    {
        var input = MixedInput(bom: false, finalLineEnd: true);
        var expected = await LineByLine(input);

        var output = new MemoryStream();
        new BatchEvaluator(EligibilityCalculator.Default).Evaluate(new TrickleStream(input, 1), output, 2);

        output.ToArray().Should().Equal(expected);
    }

    [Fact]
    public void Evaluate_TextWriter_SameTextAsTheBytes()
    {
        var input = MixedInput(bom: true, finalLineEnd: true);
        var bytes = new MemoryStream();
        new BatchEvaluator(EligibilityCalculator.Default).Evaluate(new MemoryStream(input), bytes, 2, Language.En);

        var text = new StringWriter();
        var summary = new BatchEvaluator(EligibilityCalculator.Default).Evaluate(new MemoryStream(input), text, 2, Language.En);

        summary.Lines.Should().Be(150);
        text.ToString().Should().Be(Encoding.UTF8.GetString(bytes.ToArray())).And.Contain("The line is empty.");
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\n", 1)] // one empty line: an error object
    [InlineData("\r", 1)] // a last line of only \r is an empty line too
    public void Evaluate_EdgeInputs_OneOutputPerLine(string input, int lines)
    {
        var output = new MemoryStream();
        var summary = new BatchEvaluator(EligibilityCalculator.Default).Evaluate(new MemoryStream(Encoding.UTF8.GetBytes(input)), output);

        summary.Should().Be(new BatchSummary(lines, 0, lines));
        Encoding.UTF8.GetString(output.ToArray()).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(lines);
    }

    [Fact]
    public void Evaluate_ByteOrderMarkOnly_NoLines()
    {
        var output = new MemoryStream();
        var summary = new BatchEvaluator(EligibilityCalculator.Default).Evaluate(new MemoryStream([0xEF, 0xBB, 0xBF]), output);

        summary.Lines.Should().Be(0);
        output.Length.Should().Be(0);
    }

    [Fact]
    public void Evaluate_Progress_ReportsLinesWrittenInIncreasingOrder()
    {
        var input = Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(1, 100).Select(Case)));
        var reported = new List<long>();

        new BatchEvaluator(EligibilityCalculator.Default) { WindowPerWorker = 8 }.Evaluate(new MemoryStream(input), new MemoryStream(), 2, progress: reported.Add);

        reported.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        reported[^1].Should().Be(100);
    }

    [Fact]
    public void Evaluate_Cancelled_Throws()
    {
        var input = Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(1, 100).Select(Case)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => new BatchEvaluator(EligibilityCalculator.Default).Evaluate(new MemoryStream(input), new MemoryStream(), 2, cancellationToken: cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    /// <summary>A stream that returns at most a few bytes per read, as a pipe may.</summary>
    private sealed class TrickleStream(byte[] data, int perRead) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, perRead));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, perRead)]);
    }
}
