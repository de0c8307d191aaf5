using System.Runtime.CompilerServices;

namespace Insurance.Rules.Tests;

/// <summary>Locates the repository from this source file's path (works from any build output folder).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find([CallerFilePath] string file = "")
    {
        var dir = Path.GetDirectoryName(file);
        while (dir is not null && !File.Exists(Path.Combine(dir, "Insurance.Rules.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new DirectoryNotFoundException("Insurance.Rules.sln not found above " + file);
    }
}
