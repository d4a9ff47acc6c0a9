using System.Globalization;
using System.Text.Json;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>
/// Reads the members of one JSON object with diagnostics: each member may be read once; members never read are
/// reported as unknown when <see cref="ReportUnknown"/> runs, so nothing the user wrote is dropped without a word.
/// </summary>
internal sealed class ObjectReader
{
    private readonly JsonElement _element;
    private readonly Dictionary<string, JsonElement> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics;

    public ObjectReader(JsonElement element, string path, List<Diagnostic> diagnostics)
    {
        _element = element;
        Path = path;
        _diagnostics = diagnostics;
        foreach (var member in element.EnumerateObject())
        {
            if (!_members.TryAdd(member.Name, member.Value))
            {
                diagnostics.Add(ProjectDiagnostics.DuplicateMember(JsonPointer.Member(path, member.Name), member.Name));
            }
        }
    }

    public string Path { get; }

    public bool Has(string name) => _members.ContainsKey(name) && _members[name].ValueKind != JsonValueKind.Null;

    public bool TryGet(string name, out JsonElement value)
    {
        _read.Add(name);
        return _members.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public string At(string name) => JsonPointer.Member(Path, name);

    public string? String(string name, bool required)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ProjectDiagnostics.Missing(At(name), name));
            }

            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            _diagnostics.Add(ProjectDiagnostics.WrongType(At(name), name, "string"));
            return null;
        }

        var s = v.GetString()!;
        if (string.IsNullOrWhiteSpace(s))
        {
            _diagnostics.Add(ProjectDiagnostics.Blank(At(name), name));
            return null;
        }

        return s;
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

        _diagnostics.Add(ProjectDiagnostics.WrongType(At(name), name, "true/false"));
        return null;
    }

    public int? Integer(string name, bool required, int min, int max)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ProjectDiagnostics.Missing(At(name), name));
            }

            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i))
        {
            _diagnostics.Add(ProjectDiagnostics.WrongType(At(name), name, "integer"));
            return null;
        }

        if (i < min || i > max)
        {
            _diagnostics.Add(ProjectDiagnostics.OutOfRange(At(name), name, min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return i;
    }

    public DateOnly? Date(string name, bool required)
    {
        var s = String(name, required);
        if (s is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        _diagnostics.Add(ProjectDiagnostics.BadDate(At(name), s));
        return null;
    }

    /// <summary>Reads a quantity string of the expected dimension; a plain number is accepted only for pure numbers.</summary>
    public (Quantity Quantity, string Text)? Quantity(string name, bool required, Dimension? expected, string exampleUnit, bool allowNegative = false)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ProjectDiagnostics.Missing(At(name), name));
            }

            return null;
        }

        return QuantityReading.Read(v, At(name), expected, exampleUnit, allowNegative, _diagnostics);
    }

    public ObjectReader? Object(string name, bool required)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ProjectDiagnostics.Missing(At(name), name));
            }

            return null;
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            _diagnostics.Add(ProjectDiagnostics.WrongType(At(name), name, "object"));
            return null;
        }

        return new ObjectReader(v, At(name), _diagnostics);
    }

    public JsonElement? Array(string name, bool required, int maxLength)
    {
        if (!TryGet(name, out var v))
        {
            if (required)
            {
                _diagnostics.Add(ProjectDiagnostics.Missing(At(name), name));
            }

            return null;
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            _diagnostics.Add(ProjectDiagnostics.WrongType(At(name), name, "array"));
            return null;
        }

        if (v.GetArrayLength() > maxLength)
        {
            _diagnostics.Add(ProjectDiagnostics.TooMany(At(name), name, maxLength));
            return null;
        }

        return v;
    }

    /// <summary>Reports every member that no reader asked for.</summary>
    public void ReportUnknown()
    {
        foreach (var member in _element.EnumerateObject())
        {
            if (!_read.Contains(member.Name))
            {
                _diagnostics.Add(ProjectDiagnostics.UnknownMember(JsonPointer.Member(Path, member.Name), member.Name));
                _read.Add(member.Name);
            }
        }
    }
}
