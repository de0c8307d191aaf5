using System.Runtime.CompilerServices;

namespace Insurance.Rules.Domain.Tests.Packs;

/// <summary>
/// Finds the pack fixtures and the repository. Fixtures are copied next to the test assembly when the project copies
/// TestData to the output; otherwise they are found in the source tree (walking up from the output folder, the
/// current folder, or this source file), so the tests also run with a private --artifacts-path.
/// </summary>
internal static class TestPaths
{
    private const string FixturesFromRoot = "tests/Insurance.Rules.Domain.Tests/TestData/Packs";

    public static string Fixtures { get; } = FindFixtures();

    public static string Malformed(string name) => Path.Combine(Fixtures, "Malformed", name);

    public static string User(string name) => Path.Combine(Fixtures, "User", name);

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindFixtures()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "TestData", "Packs");
        if (Directory.Exists(Path.Combine(copied, "Malformed")))
        {
            return copied;
        }

        return Path.Combine(FindRepoRoot(), FixturesFromRoot);
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), SourceDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, FixturesFromRoot)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"Cannot find {FixturesFromRoot} from the test output, current or source folder.");
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
