using System.Globalization;
using System.Text;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Livestock.Tests.Support;

/// <summary>A canonical text of a result (round-trip doubles, invariant), to compare runs byte for byte.</summary>
internal static class ResultDump
{
    public static string Dump(ActivityResult result)
    {
        var sb = new StringBuilder();
        sb.Append("method ").Append(result.Methodology).Append('\n');
        foreach (var e in result.Emissions)
        {
            sb.Append("emission ").Append(e.Source).Append(' ').Append(e.Gas).Append(' ').Append(R(e.Tonnes)).Append(' ').Append(e.Label).Append('\n');
            Trace(sb, e.Trace);
        }

        foreach (var i in result.Indicators)
        {
            sb.Append("indicator ").Append(i.Id).Append(' ').Append(R(i.Value)).Append(' ').Append(i.Unit).Append(' ').Append(i.Name.Zh).Append('/').Append(i.Name.En).Append('\n');
            Trace(sb, i.Trace);
        }

        foreach (var f in result.Facts)
        {
            sb.Append("fact ").Append(f.Key).Append(' ').Append(f.Value.Kind).Append(' ').Append(R(f.Value.Quantity.Value)).Append(' ').Append(f.Value.Quantity.Dimension)
                .Append(' ').Append(f.Value.Text).Append(' ').Append(f.Path).Append('\n');
        }

        foreach (var d in result.Diagnostics)
        {
            sb.Append("diagnostic ").Append(d.Code).Append(' ').Append(d.Severity).Append(' ').Append(d.Path).Append(' ').Append(d.Message.Zh).Append(" | ").Append(d.Message.En).Append('\n');
        }

        return sb.ToString();
    }

    private static void Trace(StringBuilder sb, Trace t)
    {
        sb.Append("  formula ").Append(t.Formula).Append(" note ").Append(t.Note?.Zh).Append(" | ").Append(t.Note?.En).Append('\n');
        foreach (var i in t.Inputs)
        {
            sb.Append("  input ").Append(i.Name).Append(' ').Append(R(i.Value)).Append(' ').Append(i.Unit).Append(' ').Append(i.Origin).Append(' ').Append(i.Path).Append('\n');
        }

        foreach (var f in t.Factors)
        {
            sb.Append("  factor ").Append(f.Id).Append(' ').Append(f.DataSet).Append(' ').Append(f.DataSetVersion).Append(' ').Append(R(f.Value)).Append(' ').Append(f.Unit)
                .Append(' ').Append(f.Status).Append(' ').Append(f.Source).Append('\n');
        }
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
