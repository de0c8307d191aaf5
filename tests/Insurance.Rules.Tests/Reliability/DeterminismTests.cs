using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Insurance.Rules.Batch;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Text;
using Xunit.Abstractions;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// The same input gives byte-identical JSON: across cultures of the evaluating thread (zh-CN, en-US, the
/// invariant culture, and two with unusual number and date formats), across calculators, across thread counts and
/// across processes (the command line run as a separate process with another locale and another string-hash seed).
/// </summary>
[Trait("Category", "Reliability")]
public sealed class DeterminismTests
{
    private const int Cases = 2_000;

    private static readonly string[] Cultures = ["zh-CN", "en-US", "", "tr-TR", "ar-SA"];

    private readonly ITestOutputHelper output;

    public DeterminismTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Evaluate_UnderEachCulture_ByteIdenticalJson()
    {
        var calculator = EligibilityCalculator.Default;
        var cases = ConcurrencyTests.Generate(calculator, Cases, FuzzSettings.Seed ^ 0xD7UL);
        var digests = new Dictionary<string, string>();
        var firstOutputs = new Dictionary<string, string>();
        foreach (var culture in Cultures)
        {
            var (digest, first) = RunUnder(culture, () => Digest(calculator, cases.Select(g => g.Case)));
            digests[culture.Length == 0 ? "invariant" : culture] = digest;
            firstOutputs[culture.Length == 0 ? "invariant" : culture] = first;
        }

        output.WriteLine(string.Join("\n", digests.Select(d => $"{d.Key}: {d.Value}")));
        digests.Values.Distinct().Should().ContainSingle("culture must not change a byte: {0}", string.Join(", ", digests));
    }

    [Fact]
    public void Evaluate_FreshCalculators_ByteIdenticalJson()
    {
        var cases = ConcurrencyTests.Generate(EligibilityCalculator.Default, 500, FuzzSettings.Seed ^ 0xF2UL).Select(g => g.Case).ToList();

        var first = Digest(new EligibilityCalculator(), cases).Digest;
        var second = Digest(new EligibilityCalculator(), cases).Digest;

        second.Should().Be(first);
    }

    [Fact]
    public async Task CommandLineBatch_SeparateProcessesUnderOtherLocales_SameBytesAsInProcess()
    {
        var calculator = EligibilityCalculator.Default;
        var lines = ConcurrencyTests.Generate(calculator, 500, FuzzSettings.Seed ^ 0xE5UL).Select(g => CaseJson.Serialize(g.Case)).ToList();
        var folder = Path.Combine(Path.GetTempPath(), "insurance-rules-determinism-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "cases.jsonl");
            await File.WriteAllLinesAsync(input, lines, new UTF8Encoding(false));

            var expected = new StringBuilder();
            var evaluator = new BatchEvaluator(calculator);
            await foreach (var item in evaluator.EvaluateAsync(lines.ToAsyncEnumerable(), 2, Language.En))
            {
                expected.Append(item.Json).Append('\n');
            }

            var cli = Path.Combine(AppContext.BaseDirectory, "insurance-rules.dll");
            foreach (var (locale, workers) in new[] { ("zh_CN.UTF-8", 1), ("en_US.UTF-8", 3), ("C", 2) })
            {
                var outFile = Path.Combine(folder, $"out-{workers}.jsonl");
                var (exit, stderr) = await RunProcess(cli, locale, "batch", input, "--out", outFile, "--parallel", workers.ToString(CultureInfo.InvariantCulture), "--lang", "en");
                exit.Should().Be(0, stderr);
                var actual = (await File.ReadAllTextAsync(outFile)).ReplaceLineEndings("\n");
                if (actual != expected.ToString())
                {
                    Assert.Fail($"process under {locale} with {workers} workers differs:\n" +
                                InvariantChecker.FirstDifference(Encoding.UTF8.GetBytes(expected.ToString()), Encoding.UTF8.GetBytes(actual)));
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (string Digest, string First) Digest(EligibilityCalculator calculator, IEnumerable<Domain.Model.InsuranceCase> cases)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var first = string.Empty;
        var i = 0;
        foreach (var c in cases)
        {
            byte[] bytes;
            try
            {
                bytes = ResultJson.SerializeToUtf8Bytes(calculator.Evaluate(c, i++ % 2 == 0 ? Language.ZhCN : Language.En), indented: true);
            }
#pragma warning disable CA1031 // A case that throws (a product fault the invariant tests report) is compared by its message.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                bytes = Encoding.UTF8.GetBytes(ex.GetType().FullName + ": " + ex.Message);
            }

            if (first.Length == 0)
            {
                first = Encoding.UTF8.GetString(bytes);
            }

            sha.AppendData(bytes);
        }

        return (Convert.ToHexString(sha.GetHashAndReset()), first);
    }

    private static T RunUnder<T>(string culture, Func<T> work)
    {
        var info = culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        T result = default!;
        var thread = new Thread(() =>
        {
            CultureInfo.CurrentCulture = info;
            CultureInfo.CurrentUICulture = info;
            result = work();
        });
        thread.Start();
        thread.Join();
        return result;
    }

    private static async Task<(int Exit, string Stderr)> RunProcess(string dll, string locale, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["LANG"] = locale;
        info.Environment["LC_ALL"] = locale;
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stderr + await stdout);
    }
}
