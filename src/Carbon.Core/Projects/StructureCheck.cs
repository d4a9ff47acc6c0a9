using System.Globalization;
using System.Text;
using System.Text.Json;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Projects;

/// <summary>
/// One pass over the whole document before anything reads it, for what JSON parsing leaves unchecked and what the
/// readers never visit (plugin parameters, unknown members) could abuse: every array within
/// <see cref="ProjectReaderLimits.MaxArrayLength"/> (the site's rings within <see cref="ProjectReaderLimits.MaxVertices"/>), at most <see cref="ProjectReaderLimits.MaxMembers"/> object members
/// in the whole file, every string and member name within <see cref="ProjectReaderLimits.MaxStringLength"/>, and every
/// <c>\u</c> escape valid UTF-16 (a lone surrogate would throw when read). Iterative and linear in the input.
/// </summary>
internal static class StructureCheck
{
    /// <summary>The first breach, with its JSON Pointer, or null.</summary>
    public static Diagnostic? Find(ReadOnlySpan<byte> utf8Json, ProjectReaderLimits limits)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = limits.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        var frames = new List<Frame>();
        var members = 0;
        while (reader.Read())
        {
            var token = reader.TokenType;
            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.RemoveAt(frames.Count - 1);
                continue;
            }

            if (token == JsonTokenType.PropertyName)
            {
                var name = Decode(ref reader);
                if (name is null)
                {
                    return InvalidEscape(utf8Json, reader.TokenStartIndex);
                }

                frames[^1].Name = name;
                if (++members > limits.MaxMembers)
                {
                    return ProjectDiagnostics.TooManyMembers(Pointer(frames, upToParent: true), limits.MaxMembers);
                }

                if (name.Length > limits.MaxStringLength)
                {
                    return ProjectDiagnostics.TextTooLong(Pointer(frames, upToParent: true), limits.MaxStringLength);
                }

                continue;
            }

            // A value: count it as an item of the array it is in. The site geometry's rings are bounded by their own
            // limit (vertices, counted by SiteLocationReader), not by the array limit.
            if (frames.Count > 0 && frames[^1].IsArray && ++frames[^1].Count > limits.MaxArrayLength && !InSiteCoordinates(frames))
            {
                var path = Pointer(frames, upToParent: true);
                return ProjectDiagnostics.TooMany(path, path.Length == 0 ? "(root)" : path[(path.LastIndexOf('/') + 1)..], limits.MaxArrayLength);
            }

            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Add(new Frame(token == JsonTokenType.StartArray));
            }
            else if (token == JsonTokenType.String && (reader.ValueIsEscaped || reader.ValueSpan.Length > limits.MaxStringLength))
            {
                var text = Decode(ref reader);
                if (text is null)
                {
                    return InvalidEscape(utf8Json, reader.TokenStartIndex);
                }

                if (text.Length > limits.MaxStringLength)
                {
                    return ProjectDiagnostics.TextTooLong(Pointer(frames), limits.MaxStringLength);
                }
            }
        }

        return null;
    }

    private static bool InSiteCoordinates(List<Frame> frames) =>
        frames.Count >= 3 && !frames[0].IsArray && frames[0].Name == "location" && !frames[1].IsArray && frames[1].Name == "coordinates";

    private static string? Decode(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static Diagnostic InvalidEscape(ReadOnlySpan<byte> utf8Json, long index)
    {
        var before = utf8Json[..(int)index];
        var line = before.Count((byte)'\n');
        var position = before.Length - (before.LastIndexOf((byte)'\n') + 1);
        return ProjectDiagnostics.NotJson("a \\u escape is not valid UTF-16 (a lone surrogate such as \\ud800)", line, position);
    }

    /// <summary>The pointer of the current value: the innermost open container's member or item.</summary>
    private static string Pointer(List<Frame> frames, bool upToParent = false)
    {
        var sb = new StringBuilder();
        var count = upToParent ? frames.Count - 1 : frames.Count;
        for (var i = 0; i < count; i++)
        {
            var frame = frames[i];
            sb.Append('/').Append(frame.IsArray ? (frame.Count - 1).ToString(CultureInfo.InvariantCulture) : Escape(frame.Name ?? string.Empty));
        }

        return sb.ToString();
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public string? Name { get; set; }
    }
}
