using System.Globalization;
using System.Text;
using Carbon.Plugins.Lime.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Facts;

namespace Carbon.Plugins.Lime.Tests.Determinism;

/// <summary>Same input and data → identical output under any current culture.</summary>
public class CultureDeterminismTests
{
    private static readonly Func<ActivityInput>[] Lines =
    [
        () => Line.Production("100000 t").C("limeType", "high-calcium").Q("hydratedLimeShare", "10 %").Q("hydratedLimeWaterContent", "28 %"),
        () => Line.Production("12,345.6 t").C("limeType", "dolomitic").C("technology", "developing").Q("lkdMass", "40 t").Q("lkdCarbonateFraction", "50 %").Q("lkdCalcinationFraction", "60 %"),
        () => Line.Production("1.5万 t"),
        () => Line.CarbonateInput("180000 t").C("carbonate", "calcite").Q("carbonateContent", "96.5 %").Q("calcinationFraction", "98 %").Q("lostDustMass", "3000 t").Q("lostDustCarbonateFraction", "40 %").Q("lostDustCalcinationFraction", "70 %"),
        () => Line.Kiln("300 t/d").C("kilnType", "twin-shaft").N("count", 2).J("replacesKilns", """["ordinary-shaft"]""").Q("replacedCapacity", "150.5 t/d"),
        () => Line.Production("-1 t").C("limeType", "hydraulic"),
    ];

    private static string Run(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var sb = new StringBuilder();
            foreach (var method in new[] { "ipcc-tier1", "ipcc-tier2", null })
            {
                foreach (var line in Lines)
                {
                    Dump(sb, TestLime.Run(line(), method, allowUnconfirmed: true));
                }
            }

            return sb.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static void Dump(StringBuilder sb, ActivityResult r)
    {
        sb.Append("M:").Append(r.Methodology).Append('\n');
        foreach (var e in r.Emissions)
        {
            sb.Append("E:").Append(e.Source).Append('|').Append(e.Gas).Append('|').Append(R(e.Tonnes)).Append('|').Append(e.Label).Append('\n');
            DumpTrace(sb, e.Trace);
        }

        foreach (var i in r.Indicators)
        {
            sb.Append("I:").Append(i.Id).Append('|').Append(R(i.Value)).Append('|').Append(i.Unit).Append('\n');
            DumpTrace(sb, i.Trace);
        }

        foreach (var f in r.Facts)
        {
            sb.Append("F:").Append(f.Key).Append('|').Append(f.Value.Kind).Append('|').Append(f.Value.Text).Append('|')
              .Append(f.Value.Kind == FactKind.Quantity ? R(f.Value.Quantity.Value) : string.Empty).Append('|')
              .Append(string.Join(",", f.Value.Items)).Append('|').Append(f.Path).Append('\n');
        }

        foreach (var d in r.Diagnostics)
        {
            sb.Append("D:").Append(d.Code).Append('|').Append(d.Severity).Append('|').Append(d.Path).Append('|').Append(d.Message.Zh).Append('|').Append(d.Message.En).Append('\n');
        }
    }

    private static void DumpTrace(StringBuilder sb, Trace t)
    {
        sb.Append("  T:").Append(t.Formula).Append('|').Append(t.Note?.Zh).Append('|').Append(t.Note?.En).Append('\n');
        foreach (var i in t.Inputs)
        {
            sb.Append("   in:").Append(i.Name).Append('|').Append(R(i.Value)).Append('|').Append(i.Unit).Append('|').Append(i.Origin).Append('|').Append(i.Path).Append('\n');
        }

        foreach (var f in t.Factors)
        {
            sb.Append("   f:").Append(f.Id).Append('|').Append(R(f.Value)).Append('|').Append(f.Unit).Append('|').Append(f.Status).Append('\n');
        }
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Output_is_identical_under_any_culture(string culture)
    {
        var invariant = Run("");
        var other = Run(culture);

        other.Should().Be(invariant);
        invariant.Should().Contain("0.77605").And.Contain("E:process|CO2|");
    }
}
