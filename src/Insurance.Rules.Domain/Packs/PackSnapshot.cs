using System.Text;
using Insurance.Rules.Domain.Snapshots;
using NodaTime;

namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// The shipped pack files as parsed documents in a compact binary form (<c>rules/packs/packs.snapshot</c>), so that a
/// process evaluating one case does not pay for loading a YAML parser and parsing every pack (most of a cold start).
/// It holds exactly what <see cref="PackFileParser"/> produces from the YAML, file lines included; the packs are then
/// assembled as usual. Used only when it was made from the same YAML (see <see cref="DataSnapshot"/>).
/// </summary>
internal static class PackSnapshot
{
    /// <summary>The embedded resource name.</summary>
    public const string ResourceName = "Insurance.Rules.Packs.snapshot";

    private const string Kind = "region packs";

    /// <summary>The hash of the pack sources: names and bytes, in the given (name) order.</summary>
    public static ulong SourceHash(IReadOnlyList<PackRegistry.PackSource> sources)
    {
        var hash = DataSnapshot.HashStart();
        foreach (var (name, bytes) in sources)
        {
            hash = DataSnapshot.HashAdd(hash, name);
            hash = DataSnapshot.HashAdd(hash, bytes);
        }

        return hash;
    }

    /// <summary>Writes the documents (shipped packs only: embedded origins, no user flags).</summary>
    public static byte[] Write(IReadOnlyList<PackDocument> documents, ulong sourceHash)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            DataSnapshot.WriteHeader(writer, Kind, sourceHash);
            writer.Write(documents.Count);
            foreach (var document in documents)
            {
                WriteDocument(writer, document);
            }

            DataSnapshot.WriteEnd(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Reads the documents, or null when the snapshot was made from other sources, by another format version, or is
    /// damaged in any way.
    /// </summary>
    public static IReadOnlyList<PackDocument>? TryRead(Stream snapshot, ulong sourceHash)
    {
        try
        {
            using var reader = new BinaryReader(snapshot, Encoding.UTF8, leaveOpen: true);
            if (!DataSnapshot.HeaderMatches(reader, Kind, sourceHash))
            {
                return null;
            }

            var count = reader.ReadInt32();
            var documents = new List<PackDocument>(count);
            for (var i = 0; i < count; i++)
            {
                documents.Add(ReadDocument(reader));
            }

            return DataSnapshot.EndMatches(reader) ? documents : null;
        }
        catch (Exception e) when (DataSnapshot.IsDamage(e))
        {
            return null;
        }
    }

    private static void WriteDocument(BinaryWriter writer, PackDocument document)
    {
        if (document.File.IsUser)
        {
            throw new InvalidOperationException($"Only shipped packs are snapshotted, not {document.File.DisplayName}.");
        }

        writer.Write(document.File.DisplayName);
        writer.Write(document.RootLine);
        writer.Write(document.Region);
        writer.Write(document.RegionLine);
        DataSnapshot.WriteNullable(writer, document.Name);
        DataSnapshot.WriteNullable(writer, document.NameEn);
        DataSnapshot.WriteNullable(writer, document.Parent);
        writer.Write(document.ParentLine);
        writer.Write(document.Aliases.Count);
        foreach (var alias in document.Aliases)
        {
            writer.Write(alias.Alias);
            writer.Write(alias.Index);
            writer.Write(alias.Line);
        }

        writer.Write(document.Values.Count);
        foreach (var (key, entries) in document.Values)
        {
            writer.Write(key);
            writer.Write(entries.Count);
            foreach (var entry in entries)
            {
                WriteValue(writer, entry);
            }
        }
    }

    private static PackDocument ReadDocument(BinaryReader reader)
    {
        var file = PackSourceFile.Embedded(reader.ReadString());
        var rootLine = reader.ReadInt32();
        var region = reader.ReadString();
        var regionLine = reader.ReadInt32();
        var document = new PackDocument(file, rootLine, region, regionLine)
        {
            Name = DataSnapshot.ReadNullable(reader),
            NameEn = DataSnapshot.ReadNullable(reader),
            Parent = DataSnapshot.ReadNullable(reader),
            ParentLine = reader.ReadInt32(),
        };
        var aliases = reader.ReadInt32();
        for (var i = 0; i < aliases; i++)
        {
            document.Aliases.Add(new PackAliasEntry(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()));
        }

        var keys = reader.ReadInt32();
        for (var k = 0; k < keys; k++)
        {
            var key = reader.ReadString();
            var count = reader.ReadInt32();
            var entries = new List<PackValue>(count);
            for (var i = 0; i < count; i++)
            {
                entries.Add(ReadValue(reader, key, region, file));
            }

            document.Values[key] = entries;
        }

        return document;
    }

    private static void WriteValue(BinaryWriter writer, PackValue value)
    {
        writer.Write((int)value.Type);
        switch (value.Value)
        {
            case string s when value.Type == PackValueType.String:
                writer.Write(s);
                break;
            case int i when value.Type == PackValueType.Int:
                writer.Write(i);
                break;
            case decimal d when value.Type == PackValueType.Decimal:
                writer.Write(d);
                break;
            case bool b when value.Type == PackValueType.Bool:
                writer.Write(b);
                break;
            case LocalDate date when value.Type == PackValueType.Date:
                WriteDate(writer, date);
                break;
            case IReadOnlyDictionary<string, string> map when value.Type == PackValueType.Map:
                writer.Write(map.Count);
                foreach (var (name, text) in map)
                {
                    writer.Write(name);
                    writer.Write(text);
                }

                break;
            case IReadOnlyList<string> list when value.Type == PackValueType.List:
                writer.Write(list.Count);
                foreach (var item in list)
                {
                    writer.Write(item);
                }

                break;
            default:
                throw new InvalidOperationException(
                    $"{value.RegionCode} {value.Key}: a {value.Type} value held as {value.Value.GetType().Name}.");
        }

        WriteDate(writer, value.EffectiveFrom);
        writer.Write(value.EffectiveTo.HasValue);
        if (value.EffectiveTo is { } to)
        {
            WriteDate(writer, to);
        }

        writer.Write(value.Source);
        DataSnapshot.WriteNullable(writer, value.Note);
        DataSnapshot.WriteNullable(writer, value.Assumption);
        writer.Write(value.Line);
    }

    private static PackValue ReadValue(BinaryReader reader, string key, string region, PackSourceFile file)
    {
        var type = (PackValueType)reader.ReadInt32();
        object value = type switch
        {
            PackValueType.String => reader.ReadString(),
            PackValueType.Int => reader.ReadInt32(),
            PackValueType.Decimal => reader.ReadDecimal(),
            PackValueType.Bool => reader.ReadBoolean(),
            PackValueType.Date => ReadDate(reader),
            PackValueType.Map => ReadMap(reader),
            PackValueType.List => ReadList(reader),
            _ => throw new InvalidDataException($"Unknown pack value type {(int)type}."),
        };
        var from = ReadDate(reader);
        LocalDate? to = reader.ReadBoolean() ? ReadDate(reader) : null;
        var source = reader.ReadString();
        var note = DataSnapshot.ReadNullable(reader);
        var assumption = DataSnapshot.ReadNullable(reader);
        var line = reader.ReadInt32();
        return new PackValue(key, type, value, from, to, source, note, assumption, region, file.Origin, line,
            file.IsUser, isUserOverride: false);
    }

    private static IReadOnlyDictionary<string, string> ReadMap(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            map.Add(reader.ReadString(), reader.ReadString());
        }

        return map.AsReadOnly();
    }

    private static IReadOnlyList<string> ReadList(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(reader.ReadString());
        }

        return list.AsReadOnly();
    }

    private static void WriteDate(BinaryWriter writer, LocalDate date)
    {
        writer.Write(date.Year);
        writer.Write((byte)date.Month);
        writer.Write((byte)date.Day);
    }

    private static LocalDate ReadDate(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadByte(), reader.ReadByte());
}
