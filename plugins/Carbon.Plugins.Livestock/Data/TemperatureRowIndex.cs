using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Data;

/// <summary>
/// The temperature rows of the shipped tables (IPCC Table 10.14, GB/T 32151.22 Table C.6), found from the record
/// variants so that the row limits are data, not code. The calculator picks a row here and then resolves the record
/// by its exact variant through the context, so a project override of that record still wins.
/// </summary>
internal sealed class TemperatureRowIndex
{
    private readonly FrozenDictionary<(string Subject, string Parameter, string Series), ImmutableArray<TemperatureRow>> _rows;

    private TemperatureRowIndex(FrozenDictionary<(string, string, string), ImmutableArray<TemperatureRow>> rows) => _rows = rows;

    /// <summary>Builds the index from data sets.</summary>
    /// <param name="sets">The data sets.</param>
    /// <returns>The index.</returns>
    public static TemperatureRowIndex Build(IEnumerable<DataSet> sets)
    {
        var rows = new Dictionary<(string, string, string), List<TemperatureRow>>();
        foreach (var record in sets.SelectMany(s => s.Records))
        {
            if (record.Variant is null)
            {
                continue;
            }

            var at = record.Variant.LastIndexOf('/');
            if (at <= 0 || !IsTemperatureQualifier(record.Variant.AsSpan(at + 1)) || !TryParse(record.Variant[(at + 2)..], out var low, out var high))
            {
                continue;
            }

            var key = (record.Subject, record.Parameter, record.Variant[..at]);
            if (!rows.TryGetValue(key, out var list))
            {
                list = [];
                rows[key] = list;
            }

            if (!list.Any(r => r.Variant == record.Variant))
            {
                list.Add(new TemperatureRow(low, high, record.Variant));
            }
        }

        return new TemperatureRowIndex(rows.ToFrozenDictionary(p => p.Key, p => p.Value.OrderBy(r => r.Low).ToImmutableArray()));
    }

    /// <summary>Finds the row covering a whole degree.</summary>
    /// <param name="subject">The record subject.</param>
    /// <param name="parameter">The record parameter.</param>
    /// <param name="series">The series (variant prefix).</param>
    /// <param name="degrees">The temperature in whole degrees.</param>
    /// <param name="row">The row.</param>
    /// <returns>True when a row covers it.</returns>
    public bool TryFind(string subject, string parameter, string series, int degrees, out TemperatureRow row)
    {
        row = default;
        if (!_rows.TryGetValue((subject, parameter, series), out var list))
        {
            return false;
        }

        foreach (var candidate in list)
        {
            if (candidate.Covers(degrees))
            {
                row = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the table's first and last rows (for a temperature outside the table).</summary>
    /// <param name="subject">The record subject.</param>
    /// <param name="parameter">The record parameter.</param>
    /// <param name="series">The series.</param>
    /// <param name="first">The coolest row.</param>
    /// <param name="last">The warmest row.</param>
    /// <returns>True when the table has rows.</returns>
    public bool TryGetEdges(string subject, string parameter, string series, out TemperatureRow first, out TemperatureRow last)
    {
        first = last = default;
        if (!_rows.TryGetValue((subject, parameter, series), out var list) || list.IsEmpty)
        {
            return false;
        }

        first = list[0];
        last = list.MaxBy(r => r.High);
        return true;
    }

    /// <summary>Describes the rows of a table for messages, e.g. <c>≤10, 20, ≥28 °C</c>.</summary>
    /// <param name="subject">The record subject.</param>
    /// <param name="parameter">The record parameter.</param>
    /// <param name="series">The series.</param>
    /// <returns>The description, or "—" when the table has no rows.</returns>
    public string Describe(string subject, string parameter, string series)
    {
        if (!_rows.TryGetValue((subject, parameter, series), out var list) || list.IsEmpty)
        {
            return "—";
        }

        return string.Join(", ", list.Select(r =>
            r.Low == int.MinValue ? "≤" + r.High.ToString(CultureInfo.InvariantCulture)
            : r.High == int.MaxValue ? "≥" + r.Low.ToString(CultureInfo.InvariantCulture)
            : r.Low == r.High ? r.Low.ToString(CultureInfo.InvariantCulture)
            : r.Low.ToString(CultureInfo.InvariantCulture) + "–" + r.High.ToString(CultureInfo.InvariantCulture))) + " °C";
    }

    /// <summary>Whether a variant qualifier is a temperature row: <c>t=</c>, <c>t&lt;=</c> or <c>t&gt;=</c> followed by degrees.</summary>
    /// <param name="qualifier">The text after the last slash.</param>
    /// <returns>True for a temperature row.</returns>
    internal static bool IsTemperatureQualifier(ReadOnlySpan<char> qualifier) =>
        qualifier.Length > 2 && qualifier[0] == 't' && qualifier[1] is '=' or '<' or '>';

    /// <summary>Reads a qualifier after <c>t</c>: <c>=20</c>, <c>&lt;=10</c>, <c>&gt;=28</c>, <c>=15..25</c>.</summary>
    /// <param name="text">The text after <c>/t</c>.</param>
    /// <param name="low">The low bound.</param>
    /// <param name="high">The high bound.</param>
    /// <returns>True when read.</returns>
    internal static bool TryParse(string text, out int low, out int high)
    {
        low = int.MinValue;
        high = int.MaxValue;
        if (text.StartsWith("<=", StringComparison.Ordinal))
        {
            return TryInt(text[2..], out high);
        }

        if (text.StartsWith(">=", StringComparison.Ordinal))
        {
            return TryInt(text[2..], out low);
        }

        if (!text.StartsWith('='))
        {
            return false;
        }

        var body = text[1..];
        var dots = body.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            if (!TryInt(body, out low))
            {
                return false;
            }

            high = low;
            return true;
        }

        return TryInt(body[..dots], out low) && TryInt(body[(dots + 2)..], out high) && low <= high;
    }

    private static bool TryInt(string s, out int value) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
