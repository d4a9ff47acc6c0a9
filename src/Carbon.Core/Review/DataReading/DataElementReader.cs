using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Carbon.Sdk;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Review.DataReading;

/// <summary>
/// Reads members of the review data files (regimes, m/n grades) and collects every problem as a diagnostic with the
/// JSON Pointer, so that a defect in shipped or user data names the exact member instead of throwing.
/// </summary>
/// <param name="problems">Where problems go.</param>
internal sealed class DataElementReader(List<Diagnostic> problems)
{
    /// <summary>The problems found so far.</summary>
    public List<Diagnostic> Problems { get; } = problems;

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => Problems.Exists(p => p.Severity == DiagnosticSeverity.Error);

    public string? RequiredString(JsonElement e, string name, string path)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            return v.GetString();
        }

        Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "a non-empty string"));
        return null;
    }

    public static string? OptionalString(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public double? RequiredNumber(JsonElement e, string name, string path)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d))
        {
            return d;
        }

        Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "a finite number"));
        return null;
    }

    /// <summary>A number or null; absent and null both give null, anything else is a problem.</summary>
    public double? NullableNumber(JsonElement e, string name, string path, out bool ok)
    {
        ok = true;
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d))
        {
            return d;
        }

        ok = false;
        Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "a finite number or null"));
        return null;
    }

    public bool? OptionalBoolean(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "true or false"));
        return null;
    }

    public LocalizedText? RequiredText(JsonElement e, string name, string path)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v))
        {
            return Text(v, path + "/" + name, name);
        }

        Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "an object with zh and en"));
        return null;
    }

    public LocalizedText? OptionalText(JsonElement e, string name, string path) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? Text(v, path + "/" + name, name) : null;

    public DataStatus? RequiredStatus(JsonElement e, string name, string path)
    {
        var text = OptionalString(e, name);
        if (DataStatusNames.TryParse(text, out var status) && status != DataStatus.ProjectSupplied)
        {
            return status;
        }

        Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "confirmed, single-source, derived or unconfirmed"));
        return null;
    }

    public SourceCitation? Citation(JsonElement e, string name, string path, SourceCitation? fallback)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var s))
        {
            if (fallback is null)
            {
                Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "a source {document, clause, url, edition}: every figure must cite where it was published"));
            }

            return fallback;
        }

        var document = RequiredString(s, "document", path + "/" + name);
        return document is null ? null : new SourceCitation(document, OptionalString(s, "clause"), OptionalString(s, "url"), OptionalString(s, "edition"));
    }

    /// <summary>A date member (YYYY-MM-DD) that may be null.</summary>
    public DateOnly? NullableDate(JsonElement e, string name, string path, out bool ok)
    {
        ok = true;
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ok = false;
        Problems.Add(ReviewDiagnostics.DataDate(path + "/" + name));
        return null;
    }

    public ImmutableArray<string> Strings(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var a))
        {
            return [];
        }

        if (a.ValueKind != JsonValueKind.Array || a.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "an array of strings"));
            return [];
        }

        return [.. a.EnumerateArray().Select(x => x.GetString()!)];
    }

    /// <summary>The items of an array member with their JSON Pointers (empty when absent; a problem when not an array).</summary>
    public IEnumerable<(JsonElement Item, string Path)> Items(JsonElement e, string name, string path, bool required)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var a))
        {
            if (required)
            {
                Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "an array"));
            }

            return [];
        }

        if (a.ValueKind != JsonValueKind.Array)
        {
            Problems.Add(ReviewDiagnostics.DataMember(path + "/" + name, name, "an array"));
            return [];
        }

        return a.EnumerateArray().Select((item, i) => (item, path + "/" + name + "/" + i.ToString(CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>Reads an element that is itself a {zh, en} text.</summary>
    public LocalizedText? TextValue(JsonElement v, string path, string name) => Text(v, path, name);

    private LocalizedText? Text(JsonElement v, string path, string name)
    {
        if (v.ValueKind == JsonValueKind.Object
            && v.TryGetProperty("zh", out var zh) && zh.ValueKind == JsonValueKind.String
            && v.TryGetProperty("en", out var en) && en.ValueKind == JsonValueKind.String)
        {
            var text = new LocalizedText(zh.GetString()!, en.GetString()!);
            if (text.IsComplete)
            {
                return text;
            }
        }

        Problems.Add(ReviewDiagnostics.DataMember(path, name, "an object with non-empty zh and en"));
        return null;
    }
}
