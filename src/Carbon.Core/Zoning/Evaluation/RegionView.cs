using System.Globalization;
using Carbon.Sdk.Units;
using Carbon.Zoning.Model;
using Carbon.Zoning.Rules;

namespace Carbon.Zoning.Evaluation;

/// <summary>
/// The region status the site is subject to. Each county code is looked up county → city → province (GB/T 2260
/// hierarchy), the most specific entry that states the item wins. When the site spans counties whose answers
/// differ, the answer is unknown rather than a guess.
/// </summary>
internal sealed class RegionView
{
    private readonly PackContent _pack;
    private readonly IReadOnlyList<string> _counties;

    public RegionView(PackContent pack, IReadOnlyList<string> counties)
    {
        _pack = pack;
        _counties = counties;
    }

    public IReadOnlyList<string> Counties => _counties;

    public static string City(string code) => code[..4] + "00";

    public static string Province(string code) => code[..2] + "0000";

    /// <summary>Whether a GB/T 2260 code (province xx0000, city xxxx00 or county) covers a county.</summary>
    public static bool Covers(string code, string county) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? county.StartsWith(code[..2], StringComparison.Ordinal)
        : code.EndsWith("00", StringComparison.Ordinal) ? county.StartsWith(code[..4], StringComparison.Ordinal)
        : code == county;

    private IEnumerable<RegionStatus> Chain(string county)
    {
        foreach (var code in new[] { county, City(county), Province(county) }.Distinct(StringComparer.Ordinal))
        {
            if (_pack.Regions.TryGetValue(code, out var r))
            {
                yield return r;
            }
        }
    }

    private Value Combine(Func<string, Value> perCounty)
    {
        if (_counties.Count == 0)
        {
            return Value.Unknown(0);
        }

        var first = perCounty(_counties[0]);
        for (var i = 1; i < _counties.Count; i++)
        {
            var next = perCounty(_counties[i]);
            if (first.IsUnknown || next.IsUnknown || next.Kind != first.Kind || next.Boolean != first.Boolean || next.Number.CompareTo(first.Number) != 0)
            {
                return Value.Unknown(0);
            }
        }

        return first;
    }

    public Value KeyRegion => Combine(county =>
    {
        foreach (var r in Chain(county))
        {
            if (r.KeyRegion is { } k)
            {
                return Value.Of(k, r.AdminCode);
            }
        }

        if (_pack.KeyRegionLists.IsEmpty)
        {
            return Value.Unknown(0);
        }

        var list = _pack.KeyRegionLists.FirstOrDefault(l => l.Cities.Contains(City(county)) || l.Cities.Contains(county));
        return Value.Of(list is not null, list is null ? "∉ " + string.Join(", ", _pack.KeyRegionLists.Select(l => l.Id)) : "∈ " + list.Id);
    });

    public Value ReductionTargetMet => Combine(county =>
    {
        foreach (var r in Chain(county))
        {
            if (r.ReductionTargetMet is { } m)
            {
                return Value.Of(m, r.AdminCode);
            }
        }

        return Value.Unknown(0);
    });

    public Value AirAttains(string pollutant) => Combine(county =>
    {
        foreach (var r in Chain(county))
        {
            if (r.Air.TryGetValue(pollutant, out var a))
            {
                return Value.Of(a.Attains, r.AdminCode + (a.Year is { } y ? ", " + y.ToString(CultureInfo.InvariantCulture) : string.Empty));
            }
        }

        return Value.Unknown(0);
    });

    public Value QuotaExceeded(string pollutant) => Combine(county =>
    {
        foreach (var r in Chain(county))
        {
            if (r.QuotaExceeded.TryGetValue(pollutant, out var e))
            {
                return Value.Of(e, r.AdminCode);
            }
        }

        return Value.Unknown(0);
    });

    public Value Cap(string resource, string member) => Combine(county =>
    {
        foreach (var r in Chain(county))
        {
            if (r.Caps.TryGetValue(resource, out var cap))
            {
                Quantity? q = member switch
                {
                    "limit" => cap.Limit,
                    "used" => cap.Used,
                    _ => cap.Headroom,
                };
                // The member names of the rule language (limit, used), not English words: the detail stays language-neutral.
                var detail = r.AdminCode + ": limit = " + cap.LimitText + (cap.UsedText is null ? string.Empty : ", used = " + cap.UsedText) + (cap.Period is null ? string.Empty : ", " + cap.Period);
                return q is { } v ? Value.Of(v.Value, detail) : Value.Unknown(0);
            }
        }

        return Value.Unknown(0);
    });
}
