using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Insurance.Rules.Benchmarks.Quick;

/// <summary>
/// The CPU time of the calling thread, in nanoseconds (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), or the wall clock where
/// that is not available. On a machine that other builds load, wall-clock timings mostly measure the neighbours;
/// the thread's own CPU time (which includes the garbage collections it triggers) does not.
/// </summary>
public static class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>True when <see cref="Now"/> reads thread CPU time.</summary>
    public static bool IsCpuTime { get; } = Probe();

    /// <summary>What the clock measures, for the report.</summary>
    public static string Kind => IsCpuTime ? "thread CPU time" : "wall clock";

    /// <summary>The current reading in nanoseconds.</summary>
    public static long Now()
    {
        if (IsCpuTime && clock_gettime(ClockThreadCpuTime, out var ts) == 0)
        {
            return (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        try
        {
            return OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // A plain P/Invoke: this harness does not enable unsafe code for the source generator.
    [DllImport("libc")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
