using System.Globalization;
using System.Text;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Facts;

namespace Carbon.Sdk.Testing.Internal;

/// <summary>
/// A complete, culture-invariant text of an <see cref="ActivityResult"/> (every number round-trip formatted), so that
/// two results can be compared exactly: across cultures, repeated runs and threads.
/// </summary>
internal static class ResultText
{
    public static string Of(ActivityResult result)
    {
        var s = new StringBuilder();
        s.Append("methodology=").Append(result.Methodology).Append('\n');
        foreach (var e in result.Emissions)
        {
            s.Append("emission ").Append(e.Source).Append(' ').Append(e.Gas).Append(' ').Append(N(e.Tonnes)).Append(' ').Append(e.Label?.Zh).Append(" | ").Append(e.Label?.En).Append('\n');
            Trace(s, e.Trace);
        }

        foreach (var i in result.Indicators)
        {
            s.Append("indicator ").Append(i.Id).Append(' ').Append(i.Name.Zh).Append('|').Append(i.Name.En).Append(' ').Append(N(i.Value)).Append(' ').Append(i.Unit).Append('\n');
            Trace(s, i.Trace);
        }

        foreach (var f in result.Facts)
        {
            s.Append("fact ").Append(f.Key).Append(' ').Append(f.Path).Append(' ').Append(Fact(f.Value)).Append('\n');
        }

        foreach (var d in result.Diagnostics)
        {
            s.Append("diagnostic ").Append(d.Code).Append(' ').Append(d.Severity).Append(' ').Append(d.Path).Append(' ').Append(d.Message.Zh).Append('|').Append(d.Message.En).Append('\n');
        }

        return s.ToString();
    }

    private static void Trace(StringBuilder s, Trace? t)
    {
        if (t is null)
        {
            s.Append("  no trace\n");
            return;
        }

        s.Append("  formula ").Append(t.Formula).Append('\n');
        foreach (var i in t.Inputs)
        {
            s.Append("  input ").Append(i.Name).Append(' ').Append(N(i.Value)).Append(' ').Append(i.Unit).Append(' ').Append(i.Origin).Append(' ').Append(i.Path).Append('\n');
        }

        foreach (var f in t.Factors)
        {
            s.Append("  factor ").Append(f.Id).Append(' ').Append(f.DataSet).Append('@').Append(f.DataSetVersion).Append(' ').Append(N(f.Value)).Append(' ').Append(f.Unit).Append(' ').Append(f.Status).Append(' ').Append(f.Source).Append('\n');
        }

        s.Append("  note zh ").Append(t.Note?.Zh).Append('\n');
        s.Append("  note en ").Append(t.Note?.En).Append('\n');
    }

    private static string Fact(FactValue v) => v.Kind switch
    {
        FactKind.Quantity => N(v.Quantity.Value) + " " + v.Quantity.Dimension,
        FactKind.Boolean => v.Boolean ? "true" : "false",
        FactKind.Text => v.Text ?? string.Empty,
        _ => string.Join(",", v.Items),
    };

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
