using System.Text;
using Insurance.Rules.Domain.Snapshots;

namespace Insurance.Rules.Domain.Text;

/// <summary>
/// A text catalogue's entries in binary form, embedded beside its YAML as <c>&lt;resource&gt;.snapshot</c> so that a
/// cold start needs no YAML parser (see <see cref="DataSnapshot"/>). Entries are in ordinal code order.
/// </summary>
internal static class TextSnapshot
{
    /// <summary>The suffix that names a catalogue's snapshot resource after its YAML resource.</summary>
    public const string ResourceSuffix = ".snapshot";

    private const string Kind = "text catalogue";

    /// <summary>The hash of a catalogue's YAML bytes.</summary>
    public static ulong SourceHash(ReadOnlySpan<byte> yaml) => DataSnapshot.HashAdd(DataSnapshot.HashStart(), yaml);

    /// <summary>Writes the entries (code, zh, en).</summary>
    public static byte[] Write(IEnumerable<(string Code, string Zh, string En)> entries, ulong sourceHash)
    {
        var ordered = entries.OrderBy(e => e.Code, StringComparer.Ordinal).ToArray();
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            DataSnapshot.WriteHeader(writer, Kind, sourceHash);
            writer.Write(ordered.Length);
            foreach (var (code, zh, en) in ordered)
            {
                writer.Write(code);
                writer.Write(zh);
                writer.Write(en);
            }

            DataSnapshot.WriteEnd(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads the entries, or null when the snapshot is of other sources, another format, or damaged.</summary>
    public static List<(string Code, string Zh, string En)>? TryRead(Stream snapshot, ulong sourceHash)
    {
        try
        {
            using var reader = new BinaryReader(snapshot, Encoding.UTF8, leaveOpen: true);
            if (!DataSnapshot.HeaderMatches(reader, Kind, sourceHash))
            {
                return null;
            }

            var count = reader.ReadInt32();
            var entries = new List<(string Code, string Zh, string En)>(count);
            for (var i = 0; i < count; i++)
            {
                entries.Add((reader.ReadString(), reader.ReadString(), reader.ReadString()));
            }

            return DataSnapshot.EndMatches(reader) ? entries : null;
        }
        catch (Exception e) when (DataSnapshot.IsDamage(e))
        {
            return null;
        }
    }
}
