using System.Diagnostics;

namespace Insurance.Rules.Benchmarks.Quick;

/// <summary>Per-operation time and allocation of one subject, from interleaved rounds.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Nanoseconds">Median time per operation over the rounds.</param>
/// <param name="AllocatedBytes">Bytes allocated per operation (this thread).</param>
/// <param name="Rounds">Per-round times per operation, in round order (for paired ratios).</param>
public sealed record Measurement(string Name, double Nanoseconds, double AllocatedBytes, IReadOnlyList<double> Rounds)
{
    /// <summary>Microseconds per operation.</summary>
    public double Microseconds => Nanoseconds / 1000.0;
}

/// <summary>
/// A small, honest harness for quick mode: warms every subject up until tiered compilation has settled, sizes
/// batches to about 5 ms, then runs the subjects in alternating rounds so a change in machine load hits all of them
/// alike. Ratios are taken round by round (same moment, same load) and their median reported. Rounds are timed with
/// <see cref="ThreadClock"/>: the measuring thread's CPU time where the OS offers it.
/// </summary>
public static class Measure
{
    private static object? sink;

    /// <summary>The last result, kept so the JIT cannot drop the work.</summary>
    public static object? Sink => sink;

    /// <summary>Measures the subjects against each other.</summary>
    /// <param name="budget">Time for the measured rounds, all subjects together.</param>
    /// <param name="subjects">Name and operation of each subject.</param>
    public static Measurement[] Interleaved(TimeSpan budget, params (string Name, Func<object?> Op)[] subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);

        // Warm-up: tier-0 code first, the optimised tier once the runtime's background compiler has caught up, which
        // on a loaded machine can take seconds of wall time. So each subject runs in 5 ms rounds until its time per
        // call stops falling (three rounds within 3 % of the best), for at least 0.4 s and 300 calls, at most 15 s.
        foreach (var (_, op) in subjects)
        {
            WarmUp(op);
        }

        var batch = new int[subjects.Length];
        var allocated = new double[subjects.Length];
        for (var s = 0; s < subjects.Length; s++)
        {
            batch[s] = BatchSize(subjects[s].Op);
            allocated[s] = Allocation(subjects[s].Op, Math.Max(10, batch[s]));
        }

        var rounds = new List<double>[subjects.Length];
        for (var s = 0; s < subjects.Length; s++)
        {
            rounds[s] = [];
        }

        var total = Stopwatch.StartNew();
        while (total.Elapsed < budget || rounds[0].Count < 5)
        {
            for (var s = 0; s < subjects.Length; s++)
            {
                var op = subjects[s].Op;
                var n = batch[s];
                var start = ThreadClock.Now();
                for (var i = 0; i < n; i++)
                {
                    sink = op();
                }

                rounds[s].Add((ThreadClock.Now() - start) / (double)n);
            }
        }

        var result = new Measurement[subjects.Length];
        for (var s = 0; s < subjects.Length; s++)
        {
            result[s] = new Measurement(subjects[s].Name, Median(rounds[s]), allocated[s], rounds[s]);
        }

        return result;
    }

    /// <summary>Median of the round-by-round ratios a/b (both measured in the same call).</summary>
    public static double PairedRatio(Measurement a, Measurement b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ratios = new List<double>(a.Rounds.Count);
        for (var i = 0; i < Math.Min(a.Rounds.Count, b.Rounds.Count); i++)
        {
            ratios.Add(a.Rounds[i] / b.Rounds[i]);
        }

        return Median(ratios);
    }

    /// <summary>The median of the values (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void WarmUp(Func<object?> op)
    {
        var clock = Stopwatch.StartNew();
        var best = double.MaxValue;
        var settled = 0;
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < 15)
        {
            var start = ThreadClock.Now();
            var n = 0;
            do
            {
                sink = op();
                n++;
            }
            while (ThreadClock.Now() - start < 5_000_000);

            calls += n;
            var perCall = (ThreadClock.Now() - start) / (double)n;
            if (perCall < best * 0.97)
            {
                best = perCall;
                settled = 0;
            }
            else
            {
                best = Math.Min(best, perCall);
                settled++;
            }

            if (settled >= 3 && calls >= 300 && clock.ElapsedMilliseconds >= 400)
            {
                return;
            }
        }
    }

    // How many calls take about 5 ms (at least one).
    private static int BatchSize(Func<object?> op)
    {
        var n = 1;
        while (true)
        {
            var start = ThreadClock.Now();
            for (var i = 0; i < n; i++)
            {
                sink = op();
            }

            var elapsed = (ThreadClock.Now() - start) / 1e6;
            if (elapsed >= 5 || n >= 1 << 20)
            {
                return Math.Max(1, (int)(n * 5 / Math.Max(elapsed, 0.001)));
            }

            n *= elapsed < 0.5 ? 10 : 2;
        }
    }

    private static double Allocation(Func<object?> op, int n)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < n; i++)
        {
            sink = op();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)n;
    }
}
