using System.Diagnostics;

namespace Insurance.Rules.Benchmarks.Quick;

/// <summary>
/// The two programs the process-level figures start: the CLI (<c>insurance-rules</c>, published as its project
/// says, e.g. ReadyToRun) and a trivial console program, both published framework-dependent with an apphost into a
/// private folder under the temp directory, and started the same way (the apphost, output to a pipe).
/// </summary>
public sealed class Apps
{
    private Apps(string cli, string trivial)
    {
        Cli = cli;
        Trivial = trivial;
    }

    /// <summary>Path of the published CLI executable.</summary>
    public string Cli { get; }

    /// <summary>Path of the published trivial program.</summary>
    public string Trivial { get; }

    /// <summary>The private work folder (published apps, generated batch files).</summary>
    public static string WorkFolder { get; } = Path.Combine(Path.GetTempPath(), "insurance-rules-bench");

    /// <summary>Publishes both programs unless an up-to-date copy is already there.</summary>
    /// <param name="repo">Repository root.</param>
    /// <param name="log">Where progress notes go.</param>
    public static Apps Publish(string repo, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var cliProject = Path.Combine(repo, "samples", "Insurance.Rules.Cli", "Insurance.Rules.Cli.csproj");
        var trivialProject = Path.Combine(repo, "tests", "Insurance.Rules.Benchmarks", "Trivial", "Trivial.csproj");
        var cliDir = Path.Combine(WorkFolder, "publish", "cli");
        var trivialDir = Path.Combine(WorkFolder, "publish", "trivial");
        var cliInputs = new[] { "src", "rules", Path.Combine("samples", "Insurance.Rules.Cli"), "Directory.Build.props", "Directory.Packages.props" };
        PublishIfStale(cliProject, cliDir, cliInputs.Select(p => Path.Combine(repo, p)), log);
        PublishIfStale(trivialProject, trivialDir, [Path.GetDirectoryName(trivialProject)!], log);
        return new Apps(Path.Combine(cliDir, "insurance-rules"), Path.Combine(trivialDir, "trivial-console"));
    }

    /// <summary>Finds the repository root (the folder with Insurance.Rules.sln) from the working or the app folder.</summary>
    public static string FindRepository()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Insurance.Rules.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run quick mode from inside the repository (Insurance.Rules.sln not found).");
    }

    /// <summary>
    /// Runs a program to its end; returns wall-clock time, CPU time (user + system, all its threads: from
    /// <c>getrusage(RUSAGE_CHILDREN)</c> before and after, so run one child at a time) and peak resident memory
    /// (VmHWM, polled every 20 ms).
    /// </summary>
    /// <param name="file">Executable.</param>
    /// <param name="arguments">Arguments.</param>
    /// <param name="pollPeak">Whether to poll the peak working set while it runs.</param>
    public static ProcessRun Run(string file, IEnumerable<string> arguments, bool pollPeak = false)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        // Start-up must not be slowed or sped up by variables this harness runs with (dotnet run, BenchmarkDotNet).
        foreach (var key in info.Environment.Keys.Where(k => (k.StartsWith("DOTNET_", StringComparison.Ordinal) && !k.StartsWith("DOTNET_ROOT", StringComparison.Ordinal))
            || k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        var cpuBefore = ChildCpu();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        if (pollPeak)
        {
            while (!process.WaitForExit(20))
            {
                try
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.PeakWorkingSet64);
                }
                catch (InvalidOperationException)
                {
                    // Exited between the wait and the read.
                }
            }
        }

        process.WaitForExit();
        var elapsed = clock.Elapsed;
        stdout.GetAwaiter().GetResult();
        return new ProcessRun(elapsed, ChildCpu() - cpuBefore, peak, process.ExitCode, stderr.GetAwaiter().GetResult());
    }

    // CPU time of all waited-for children so far (Linux); zero elsewhere.
    private static TimeSpan ChildCpu()
    {
        if (!OperatingSystem.IsLinux() || NativeMethods.getrusage(NativeMethods.RusageChildren, out var usage) != 0)
        {
            return TimeSpan.Zero;
        }

        var micros = ((usage.UserSeconds + usage.SystemSeconds) * 1_000_000L) + usage.UserMicros + usage.SystemMicros;
        return TimeSpan.FromMicroseconds(micros);
    }

    private static void PublishIfStale(string project, string output, IEnumerable<string> inputs, TextWriter log)
    {
        var stamp = Path.Combine(output, ".published");
        if (File.Exists(stamp) && File.GetLastWriteTimeUtc(stamp) > NewestInput(inputs))
        {
            return;
        }

        log.WriteLine($"# publishing {Path.GetFileName(project)} to {output}");
        var artifacts = Path.Combine(WorkFolder, "artifacts");
        var run = Run("dotnet", ["publish", project, "-c", "Release", "-o", output, "--artifacts-path", artifacts, "-nologo", "-v", "q"]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {Path.GetFileName(project)} failed ({run.ExitCode}): {run.Stderr}");
        }

        File.WriteAllText(stamp, string.Empty);
    }

    private static DateTime NewestInput(IEnumerable<string> inputs)
    {
        var newest = DateTime.MinValue;
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                newest = Max(newest, File.GetLastWriteTimeUtc(input));
                continue;
            }

            if (!Directory.Exists(input))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
            {
                var sep = Path.DirectorySeparatorChar;
                if (file.Contains($"{sep}bin{sep}", StringComparison.Ordinal) || file.Contains($"{sep}obj{sep}", StringComparison.Ordinal))
                {
                    continue;
                }

                newest = Max(newest, File.GetLastWriteTimeUtc(file));
            }
        }

        return newest;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}

/// <summary>One finished child process.</summary>
/// <param name="Elapsed">Wall-clock time from start to exit.</param>
/// <param name="Cpu">User plus system CPU time of all its threads.</param>
/// <param name="PeakBytes">Peak resident set (0 when not polled).</param>
/// <param name="ExitCode">Exit code.</param>
/// <param name="Stderr">Standard error.</param>
public sealed record ProcessRun(TimeSpan Elapsed, TimeSpan Cpu, long PeakBytes, int ExitCode, string Stderr);

internal static class NativeMethods
{
    public const int RusageChildren = -1;

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
#pragma warning disable SYSLIB1054 // A plain P/Invoke: this harness does not enable unsafe code for the source generator.
    public static extern int getrusage(int who, out RUsage usage);
#pragma warning restore SYSLIB1054

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs.
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    public struct RUsage
    {
        public long UserSeconds;
        public long UserMicros;
        public long SystemSeconds;
        public long SystemMicros;
        public long MaxRss;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NVcsw;
        public long NIvcsw;
    }
}
