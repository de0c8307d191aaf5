using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Insurance.Rules.Cli;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Tests.Architecture;

/// <summary>
/// No product assembly reads the clock: the evaluation date is always an input. The check reads each assembly's
/// member references, so it catches a call however it is written.
/// </summary>
public sealed class BannedApiTests
{
    private static readonly (string Type, string Member)[] Banned =
    [
        ("System.DateTime", "get_Now"),
        ("System.DateTime", "get_UtcNow"),
        ("System.DateTime", "get_Today"),
        ("System.DateTimeOffset", "get_Now"),
        ("System.DateTimeOffset", "get_UtcNow"),
        ("NodaTime.SystemClock", "get_Instance"),
        ("System.TimeProvider", "get_System"),
    ];

    public static TheoryData<string> ProductAssemblies() =>
    [
        typeof(Rule).Assembly.Location,
        typeof(InsuranceCase).Assembly.Location,
        typeof(CaseFact).Assembly.Location,
        typeof(EligibilityCalculator).Assembly.Location,
        typeof(CliApp).Assembly.Location,
    ];

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void Assembly_ReferencesNoClock(string path)
    {
        BannedReferences(path).Should().BeEmpty($"{Path.GetFileName(path)} must not read the clock");
    }

    [Fact]
    public void Scanner_FindsAClockReadInThisTestAssembly()
    {
        // The scanner itself must be able to fail: this assembly reads the clock on purpose below.
        BannedReferences(typeof(BannedApiTests).Assembly.Location).Should().Contain("System.DateTime.get_UtcNow");
    }

    internal static DateTime ReadsTheClockOnPurpose() => DateTime.UtcNow;

    private static List<string> BannedReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var found = new List<string>();
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            var name = md.GetString(member.Name);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var type = md.GetTypeReference((TypeReferenceHandle)member.Parent);
            var full = md.GetString(type.Namespace) + "." + md.GetString(type.Name);
            if (Banned.Any(b => b.Type == full && b.Member == name))
            {
                found.Add(full + "." + name);
            }
        }

        return found;
    }
}
