using BenchmarkDotNet.Running;
using Insurance.Rules.Benchmarks.Quick;

namespace Insurance.Rules.Benchmarks;

/// <summary>
/// <c>quick</c>: every figure of docs/performance.md in under a minute, one <c>name=value</c> line each.
/// <c>batch-file N PATH</c>: writes N generated cases as JSON Lines. <c>profile WHAT SECONDS</c>: loops one
/// operation for a profiler (see <see cref="ProfileMode"/>).
/// Anything else goes to BenchmarkDotNet (for example <c>--filter *</c>).
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "quick")
        {
            return QuickMode.Run(args[1..], Console.Out);
        }

        if (args.Length == 3 && args[0] == "batch-inprocess")
        {
            return ProfileMode.Batch(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), Console.Out);
        }

        if (args.Length == 3 && args[0] == "profile")
        {
            return ProfileMode.Run(args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), Console.Out);
        }

        if (args.Length == 3 && args[0] == "batch-file")
        {
            using var writer = new StreamWriter(args[2]);
            Cases.CaseGenerator.WriteBatch(writer, int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
