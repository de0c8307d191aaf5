using System.Text.Json;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// One forward pass over the raw bytes before building a document: finds syntax errors (with line and byte)
/// and nesting deeper than the limit (with the path of the container), without recursion.
/// </summary>
internal static class JsonPrescan
{
    /// <summary>True when the document is well-formed and within the depth limit; otherwise one error is added.</summary>
    public static bool Check(ReadOnlySpan<byte> utf8, InputLimits limits, ErrorCollector errors)
    {
        // The reader's own depth check is set above ours so that ours (which knows the path) fires first.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = limits.MaxDepth + 8,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (!TryGetText(ref reader, errors, out var name))
                        {
                            return false;
                        }

                        frames[^1] = frames[^1] with { Name = name };
                        break;
                    case JsonTokenType.String:
                        AdvanceIndex(frames);
                        if (reader.ValueIsEscaped && !TryGetText(ref reader, errors, out _))
                        {
                            return false;
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        AdvanceIndex(frames);
                        if (frames.Count >= limits.MaxDepth)
                        {
                            errors.AddWithMessage(PathOf(frames), ErrorCodes.LimitExceeded, "limit.depth", ("max", limits.MaxDepth));
                            return false;
                        }

                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        AdvanceIndex(frames);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            errors.Add(
                JsonPath.Root,
                ErrorCodes.JsonSyntax,
                ("line", (ex.LineNumber ?? 0) + 1),
                ("position", (ex.BytePositionInLine ?? 0) + 1));
            return false;
        }

        return true;
    }

    // An escape may spell half of a surrogate pair (\ud800 alone): well-formed JSON, but not Unicode text, and the
    // reader refuses to turn it into a string. Reported like invalid UTF-8, at the string's byte offset.
    private static bool TryGetText(ref Utf8JsonReader reader, ErrorCollector errors, out string? text)
    {
        try
        {
            text = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            errors.AddWithMessage(JsonPath.Root, ErrorCodes.JsonEncoding, "json.encoding.escape", ("offset", reader.TokenStartIndex));
            text = null;
            return false;
        }
    }

    private static void AdvanceIndex(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    // The path of the container being opened: each open container's current child, by name or index.
    private static string PathOf(List<Frame> frames)
    {
        var path = JsonPath.Root;
        foreach (var frame in frames)
        {
            path = frame.IsArray ? JsonPath.Index(path, frame.Index) : JsonPath.Property(path, frame.Name ?? string.Empty);
        }

        return path;
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Name);
}
