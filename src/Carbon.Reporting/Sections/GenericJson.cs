using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Reporting.Documents;
using Carbon.Reports;

namespace Carbon.Reporting.Sections;

/// <summary>
/// Renders any part of the report from its JSON, by member name, for parts without a section of their own yet
/// (baselines, review and zoning while they are built). Plain members go into a two-column table, arrays of plain
/// objects into tables, nested objects under sub-headings; traces are shown when explaining. Numbers follow the
/// member name: <c>…Tce</c> and <c>…Tonnes</c> to 2 decimals, <c>share</c> as percent, others at full precision.
/// Codes with known labels (<c>verdict</c>, <c>tier</c>, <c>outcome</c>, <c>status</c>, <c>severity</c>) are labelled.
/// </summary>
internal sealed class GenericJson(RenderContext c, ReportWriter w)
{
    private const int MaxHeadingLevel = 6;

    public void Object(JsonElement obj, int level)
    {
        var scalars = new TableBuilder(null, new Column(c.T("Label.Member")), new Column(c.T("Label.Content")));
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Name != "trace" && IsPlain(p.Value))
            {
                scalars.Row(Cell.Text(p.Name), Value(p.Name, p.Value));
            }
        }

        if (scalars.Count > 0)
        {
            w.Table(scalars.Build());
        }

        foreach (var p in obj.EnumerateObject())
        {
            if (p.Name == "trace" || IsPlain(p.Value))
            {
                continue;
            }

            if (level > MaxHeadingLevel)
            {
                w.List([Item(p.Name, p.Value)]);
            }
            else if (p.Value.ValueKind == JsonValueKind.Object)
            {
                w.Heading(p.Name, level);
                Object(p.Value, level + 1);
            }
            else if (p.Value.ValueKind == JsonValueKind.Array)
            {
                Array(p.Name, p.Value, level);
            }
        }

        if (c.Explain && obj.TryGetProperty("trace", out var trace) && ReadTrace(trace) is { } t)
        {
            w.Traces(c.T("Label.HowItWasComputed"), [TraceLists.Block(Title(obj, "trace", 0), t, c)]);
        }
    }

    public void Array(string name, JsonElement array, int level)
    {
        var items = array.EnumerateArray().ToList();
        if (items.Count == 0)
        {
            return;
        }

        if (items.All(i => i.ValueKind == JsonValueKind.Object && i.EnumerateObject().All(p => p.Name == "trace" || IsPlain(p.Value))))
        {
            FlatTable(name, items);
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (level > MaxHeadingLevel || items[i].ValueKind != JsonValueKind.Object)
            {
                w.List([Item(Title(items[i], name, i), items[i])]);
                continue;
            }

            w.Heading(Title(items[i], name, i), level);
            Object(items[i], level + 1);
        }
    }

    /// <summary>A heading for an array item: its name or title, else its id, else "member n".</summary>
    public string Title(JsonElement item, string member, int index)
    {
        if (item.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in (string[])["name", "title"])
            {
                if (item.TryGetProperty(key, out var m) && Message(m) is { } text)
                {
                    return text;
                }
            }

            foreach (var key in (string[])["indicator", "id", "ruleId", "rule", "key", "product", "code"])
            {
                if (item.TryGetProperty(key, out var s) && s.ValueKind == JsonValueKind.String)
                {
                    return s.GetString()!;
                }
            }
        }

        return member + " " + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The text of a <c>{ zh, en }</c> message in the report's language, or null when it is not one.</summary>
    public string? Message(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            return e.GetString();
        }

        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("zh", out var zh) && e.TryGetProperty("en", out var en)
            && zh.ValueKind == JsonValueKind.String && en.ValueKind == JsonValueKind.String && e.EnumerateObject().Count() == 2)
        {
            return c.Text(new MessageReport(zh.GetString()!, en.GetString()!));
        }

        return null;
    }

    public static double? Number(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static string? String(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private void FlatTable(string name, List<JsonElement> items)
    {
        var keys = new List<string>();
        foreach (var p in items.SelectMany(i => i.EnumerateObject()))
        {
            if (p.Name != "trace" && !keys.Contains(p.Name))
            {
                keys.Add(p.Name);
            }
        }

        var columns = keys.Select(k => new Column(k, items.All(i => !i.TryGetProperty(k, out var v) || v.ValueKind is JsonValueKind.Number or JsonValueKind.Null))).ToArray();
        var t = new TableBuilder(name, columns);
        foreach (var item in items)
        {
            t.Row([.. keys.Select(k => item.TryGetProperty(k, out var v) ? Value(k, v) : Cell.Empty)]);
        }

        w.Table(t.Build());
        if (c.Explain)
        {
            var traces = new List<TraceBlock>();
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].TryGetProperty("trace", out var trace) && ReadTrace(trace) is { } tr)
                {
                    traces.Add(TraceLists.Block(Title(items[i], name, i), tr, c));
                }
            }

            w.Traces(c.T("Label.HowEachFigureWasComputed"), traces);
        }
    }

    private bool IsPlain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => Message(e) is not null,
        JsonValueKind.Array => e.EnumerateArray().All(x => x.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array) || (x.ValueKind == JsonValueKind.Object && Message(x) is not null)),
        _ => true,
    };

    private Cell Value(string name, JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => Cell.Number(FormatNumber(name, e.GetDouble())),
        JsonValueKind.True => Cell.Text(c.T("Label.Yes")),
        JsonValueKind.False => Cell.Text(c.T("Label.No")),
        JsonValueKind.String => Cell.Text(Label(name, e.GetString()!)),
        JsonValueKind.Array => e.GetArrayLength() == 0 ? Cell.Empty : Cell.Text(string.Join("; ", e.EnumerateArray().Select(x => Value(name, x).Content))),
        JsonValueKind.Object => Cell.Text(Message(e)),
        _ => Cell.Empty,
    };

    private string Label(string name, string code) => name switch
    {
        "verdict" or "verdictIncludingAdvisory" => ReportLabels.Verdict(code, c.Language),
        "tier" => ReportLabels.Tier(code, c.Language),
        "outcome" => ReportLabels.Outcome(code, c.Language),
        "severity" => ReportLabels.Severity(code, c.Language),
        _ when name == "status" || name.EndsWith("Status", StringComparison.Ordinal) => ReportLabels.Status(code, c.Language),
        _ => code,
    };

    private static string FormatNumber(string name, double value)
    {
        if (name.Equals("tce", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Tce", StringComparison.Ordinal) || name.EndsWith("Tonnes", StringComparison.Ordinal))
        {
            return DisplayNumber.Tce(value);
        }

        if (name.Equals("share", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Share", StringComparison.Ordinal))
        {
            return Gbt8170.FormatPercent(value, DisplayNumber.ShareDecimals);
        }

        return DisplayNumber.Exact(value);
    }

    private ListItem Item(string name, JsonElement e)
    {
        if (IsPlain(e))
        {
            return new ListItem(name + c.Colon + Value(name, e).Content);
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            return new ListItem(name, [.. e.EnumerateArray().Select((x, i) => Item(Title(x, name, i), x))]);
        }

        return new ListItem(name, [.. e.EnumerateObject().Where(p => p.Name != "trace" || c.Explain).Select(p => Item(p.Name, p.Value))]);
    }

    private static TraceReport? ReadTrace(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || String(e, "formula") is not { } formula)
        {
            return null;
        }

        var inputs = e.TryGetProperty("inputs", out var ins) && ins.ValueKind == JsonValueKind.Array
            ? ins.EnumerateArray().Select(i => new TraceInputReport(String(i, "name") ?? "?", Number(i, "value") ?? double.NaN, String(i, "unit") ?? string.Empty, String(i, "origin") ?? string.Empty, String(i, "path"))).Where(i => double.IsFinite(i.Value)).ToImmutableArray()
            : [];
        var factors = e.TryGetProperty("factors", out var fs) && fs.ValueKind == JsonValueKind.Array
            ? fs.EnumerateArray().Select(f => new FactorReport(String(f, "id") ?? "?", String(f, "dataSet") ?? string.Empty, String(f, "dataSetVersion") ?? string.Empty, Number(f, "value") ?? double.NaN, String(f, "unit") ?? string.Empty, String(f, "status") ?? string.Empty, String(f, "source") ?? string.Empty)).Where(f => double.IsFinite(f.Value)).ToImmutableArray()
            : [];
        var note = e.TryGetProperty("note", out var n) ? MessageReportOf(n) : null;
        return new TraceReport(formula, inputs, factors, note);
    }

    /// <summary>A <c>{ zh, en }</c> object as a message, or null when it is not one.</summary>
    private static MessageReport? MessageReportOf(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && String(e, "zh") is { } zh && String(e, "en") is { } en ? new MessageReport(zh, en) : null;
}
