using System.Runtime.CompilerServices;

namespace Insurance.Rules.Tests;

/// <summary>
/// Locates the repository: above the test assembly (a normal build), above the current directory (a build with a
/// separate artifacts path), or above this source file (when paths are not remapped by a CI build).
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find([CallerFilePath] string file = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(file) })
        {
            var dir = start;
            while (dir is not null && !File.Exists(Path.Combine(dir, "Insurance.Rules.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            if (dir is not null)
            {
                return dir;
            }
        }

        throw new DirectoryNotFoundException($"Insurance.Rules.sln not found above {AppContext.BaseDirectory}, {Directory.GetCurrentDirectory()} or {file}");
    }
}
