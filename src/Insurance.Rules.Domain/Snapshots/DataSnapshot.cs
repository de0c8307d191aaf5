using System.Text;

namespace Insurance.Rules.Domain.Snapshots;

/// <summary>
/// The header and checks shared by the binary snapshots of shipped data files (region packs, text catalogues).
/// A snapshot is a start-up cache: the YAML stays the source, the snapshot is generated from it by the tests
/// (<c>INSURANCE_RULES_UPDATE_DOCS=1</c>) and embedded beside it. It carries a hash of the YAML it was made from and is
/// used only when that hash matches the YAML embedded in the same assembly; otherwise, or when it cannot be read,
/// the YAML is parsed as if there were no snapshot. So a stale snapshot can cost start-up time, never correctness.
/// </summary>
internal static class DataSnapshot
{
    /// <summary>Bumped whenever the layout of any snapshot changes, so that old snapshots are ignored.</summary>
    public const int FormatVersion = 1;

    private const string Magic = "Insurance.Rules snapshot";
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Starts a hash (FNV-1a, 64 bits): a cache key for "same bytes", not a security measure.</summary>
    public static ulong HashStart() => FnvOffset;

    /// <summary>Adds bytes to a hash.</summary>
    public static ulong HashAdd(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }

    /// <summary>Adds a name and a separator to a hash, so that (a, bc) and (ab, c) hash apart.</summary>
    public static ulong HashAdd(ulong hash, string name)
    {
        hash = HashAdd(hash, Encoding.UTF8.GetBytes(name));
        return (hash ^ 0xFF) * FnvPrime;
    }

    /// <summary>Writes the header: magic text, format version, kind and source hash.</summary>
    public static void WriteHeader(BinaryWriter writer, string kind, ulong sourceHash)
    {
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(kind);
        writer.Write(sourceHash);
    }

    /// <summary>True when the header is this format's, of this kind, and made from the same sources.</summary>
    public static bool HeaderMatches(BinaryReader reader, string kind, ulong sourceHash)
        => reader.ReadString() == Magic
           && reader.ReadInt32() == FormatVersion
           && reader.ReadString() == kind
           && reader.ReadUInt64() == sourceHash;

    /// <summary>Writes the end marker (a truncated snapshot is detected by its absence).</summary>
    public static void WriteEnd(BinaryWriter writer) => writer.Write(Magic);

    /// <summary>True when the end marker follows and nothing after it.</summary>
    public static bool EndMatches(BinaryReader reader)
        => reader.ReadString() == Magic && reader.BaseStream.Position == reader.BaseStream.Length;

    /// <summary>A string or null (a presence byte, then the string).</summary>
    public static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    /// <summary>Reads what <see cref="WriteNullable"/> wrote.</summary>
    public static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>
    /// True for the exceptions a damaged snapshot can raise while being read; the caller then parses the YAML.
    /// </summary>
    public static bool IsDamage(Exception e)
        => e is EndOfStreamException or IOException or ArgumentException or FormatException or OverflowException
            or InvalidDataException or DecoderFallbackException;
}
