using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Projects;
using Carbon.Sdk;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Zoning.Loading;

/// <summary>
/// Reads the members of one JSON object of a pack with diagnostics (CB60xx). Members never read are reported by
/// <see cref="ReportUnknown"/>, so nothing a pack author wrote is dropped silently.
/// </summary>
internal sealed class PackObject
{
    private readonly JsonElement _element;
    private readonly Dictionary<string, JsonElement> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics;

    public PackObject(JsonElement element, string path, List<Diagnostic> diagnostics)
    {
        _element = element;
        Path = path;
        _diagnostics = diagnostics;
        foreach (var member in element.EnumerateObject())
        {
            if (!_members.TryAdd(member.Name, member.Value))
            {
                diagnostics.Add(ZoningDiagnostics.Duplicate(JsonPointer.Member(path, member.Name), "member", member.Name));
            }
        }
    }

    public string Path { get; }

    public List<Diagnostic> Diagnostics => _diagnostics;

    public string At(string name) => JsonPointer.Member(Path, name);

    public bool TryGet(string name, out JsonElement value)
    {
        _read.Add(name);
        return _members.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public void Skip(string name) => _read.Add(name);

    public string? String(string name, bool required = false)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ZoningDiagnostics.Missing(At(name), name));
            }

            return null;
        }

        if (v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
        {
            _diagnostics.Add(ZoningDiagnostics.WrongType(At(name), name, "a non-empty string"));
            return null;
        }

        return v.GetString();
    }

    public bool? Boolean(string name)
    {
        if (!TryGet(name, out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        _diagnostics.Add(ZoningDiagnostics.WrongType(At(name), name, "true or false"));
        return null;
    }

    public double? Number(string name, bool required = false)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ZoningDiagnostics.Missing(At(name), name));
            }

            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            _diagnostics.Add(ZoningDiagnostics.WrongType(At(name), name, "a number"));
            return null;
        }

        return d;
    }

    public int? Integer(string name, int min, int max)
    {
        if (!TryGet(name, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i) || i < min || i > max)
        {
            _diagnostics.Add(ZoningDiagnostics.WrongType(At(name), name, $"an integer from {min} to {max}"));
            return null;
        }

        return i;
    }

    public LocalizedText? Text(string name, bool required = false)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ZoningDiagnostics.Missing(At(name), name));
            }

            return null;
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            _diagnostics.Add(ZoningDiagnostics.WrongType(At(name), name, "an object {\"zh\": \"…\", \"en\": \"…\"}"));
            return null;
        }

        var o = new PackObject(v, At(name), _diagnostics);
        var zh = o.String("zh", required: true);
        var en = o.String("en", required: true);
        o.ReportUnknown();
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    public PackObject? Object(string name, bool required = false)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ZoningDiagnostics.Missing(At(name), name));
            }

            return null;
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            _diagnostics.Add(ZoningDiagnostics.WrongType(At(name), name, "an object"));
            return null;
        }

        return new PackObject(v, At(name), _diagnostics);
    }

    /// <summary>The items of an array member with their JSON Pointers.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(string name, int maxLength, bool required = false)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ZoningDiagnostics.Missing(At(name), name));
            }

            return [];
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            _diagnostics.Add(ZoningDiagnostics.WrongType(At(name), name, "an array"));
            return [];
        }

        if (v.GetArrayLength() > maxLength)
        {
            _diagnostics.Add(ZoningDiagnostics.TooMany(At(name), name, maxLength));
            return [];
        }

        var path = At(name);
        return v.EnumerateArray().Select((item, i) => (item, JsonPointer.Index(path, i))).ToList();
    }

    /// <summary>The objects of an array member.</summary>
    public IEnumerable<PackObject> Objects(string name, int maxLength, bool required = false)
    {
        foreach (var (item, path) in Array(name, maxLength, required))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                _diagnostics.Add(ZoningDiagnostics.WrongType(path, name + "[]", "an object"));
                continue;
            }

            yield return new PackObject(item, path, _diagnostics);
        }
    }

    public ImmutableArray<string> Strings(string name, int maxLength)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var (item, path) in Array(name, maxLength))
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                _diagnostics.Add(ZoningDiagnostics.WrongType(path, name + "[]", "a non-empty string"));
                continue;
            }

            result.Add(item.GetString()!);
        }

        return result.ToImmutable();
    }

    /// <summary>Reads a quantity string of the expected dimension (null: any).</summary>
    public (Quantity Quantity, string Text)? Quantity(string name, Dimension? expected, string example, bool required = false)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (!QuantityParser.TryParse(text, out var q, out _, out _) || (expected is { } d && q.Dimension != d))
        {
            _diagnostics.Add(ZoningDiagnostics.BadQuantity(At(name), text, example));
            return null;
        }

        return (q, text);
    }

    public void ReportUnknown()
    {
        foreach (var member in _element.EnumerateObject())
        {
            if (_read.Add(member.Name))
            {
                _diagnostics.Add(ZoningDiagnostics.UnknownMember(JsonPointer.Member(Path, member.Name), member.Name));
            }
        }
    }
}
