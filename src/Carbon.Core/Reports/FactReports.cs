using System.Globalization;
using Carbon.Sdk.Facts;

namespace Carbon.Reports;

/// <summary>Turns facts into report lines (culture-invariant text).</summary>
internal static class FactReports
{
    public static FactReport From(Fact fact, string origin)
    {
        var v = fact.Value;
        var (kind, text) = v.Kind switch
        {
            FactKind.Quantity => ("quantity", v.Quantity.Dimension.IsNone ? Invariant(v.Quantity.Value) : v.Quantity.ToString()),
            FactKind.Boolean => ("boolean", v.Boolean ? "true" : "false"),
            FactKind.Text => ("text", v.Text ?? string.Empty),
            _ => ("text-list", string.Join(", ", v.Items)),
        };
        return new FactReport(fact.Key, kind, text, origin, fact.Path);
    }

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
