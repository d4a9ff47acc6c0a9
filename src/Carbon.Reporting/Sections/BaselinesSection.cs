using System.Text.Json;
using Carbon.Reporting.Charts;
using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>
/// Efficiency indicators against their levels (GB energy-limit standards, 标杆/基准). Until the baseline records are
/// final this renders them from their JSON (see <see cref="GenericJson"/>), with a level scale per indicator when
/// the indicator has a numeric <c>value</c> and <c>levels[]</c> with <c>published</c>/<c>corrected</c> values.
/// </summary>
internal sealed class BaselinesSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        if (c.Report.Baselines.IsDefaultOrEmpty || !c.Json.TryGetProperty("baselines", out var baselines) || baselines.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        w.BeginSection("baselines", c.T("Baselines.Title"));
        var generic = new GenericJson(c, w);
        var i = 0;
        foreach (var item in baselines.EnumerateArray())
        {
            var title = generic.Title(item, "baseline", i++);
            w.Heading(title, 3);
            if (Scale(item, title, c, generic) is { } chart)
            {
                w.Chart(chart);
            }

            if (item.ValueKind == JsonValueKind.Object)
            {
                generic.Object(item, 4);
            }
        }

        w.EndSection();
    }

    /// <summary>The level scale of one indicator, or null when it has no levels with values.</summary>
    internal static LevelScaleChart? Scale(JsonElement item, string title, RenderContext c, GenericJson generic)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("levels", out var levels) || levels.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var unit = GenericJson.String(item, "unit");
        var scale = new List<ScaleLevel>();
        foreach (var level in levels.EnumerateArray())
        {
            if ((GenericJson.Number(level, "corrected") ?? GenericJson.Number(level, "published") ?? GenericJson.Number(level, "value")) is not { } v)
            {
                continue;
            }

            var name = level.TryGetProperty("name", out var n) ? generic.Message(n) : null;
            bool? met = level.TryGetProperty("met", out var m) && m.ValueKind is JsonValueKind.True or JsonValueKind.False ? m.GetBoolean() : null;
            scale.Add(new ScaleLevel(name ?? GenericJson.String(level, "level") ?? "?", v, DisplayNumber.Exact(v), met));
        }

        if (scale.Count == 0)
        {
            return null;
        }

        var value = GenericJson.Number(item, "value");
        var unitText = unit is null ? string.Empty : " " + unit;
        var valueLabel = value is { } x
            ? c.T("Baselines.ThisProjectPrefix") + DisplayNumber.ByUnit(x, unit) + unitText
            : c.T("Baselines.ProjectValueUnknown");
        var description = valueLabel + "; " + string.Join("; ", scale.Select(l => l.Name + " " + l.ValueText + unitText
            + (l.Met is { } ok ? (ok ? c.T("Baselines.Met") : c.T("Baselines.NotMet")) : string.Empty)));
        return new LevelScaleChart(title + (unit is null ? string.Empty : " (" + unit + ")"), description, value, valueLabel, scale, c.T("Baselines.LowerIsBetter"));
    }
}
