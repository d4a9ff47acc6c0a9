using System.Globalization;
using System.Text;
using Carbon.Zoning;
using static Carbon.Core.Tests.Zoning.ZoningTestKit;

namespace Carbon.Core.Tests.Zoning;

/// <summary>A province-sized pack: 10 000 units on a 100 × 100 grid, each with its own unit row.</summary>
public class LargePackTests
{
    private static readonly Lazy<ZoningPack> Grid = new(() =>
    {
        var units = new StringBuilder();
        var rules = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            for (var j = 0; j < 100; j++)
            {
                var code = "G" + (i * 100 + j).ToString("D5", CultureInfo.InvariantCulture);
                double x0 = 100 + i * 0.01, y0 = 30 + j * 0.01, x1 = x0 + 0.01, y1 = y0 + 0.01;
                string P(double v) => v.ToString("R", CultureInfo.InvariantCulture);
                units.Append(units.Length == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture,
                    $$$"""{"code": "{{{code}}}", "name": {"zh": "{{{code}}}", "en": "{{{code}}}"}, "category": {{{(i + j) % 3 + 1}}}, "adminCode": "990101", "geometry": {"type": "Polygon", "coordinates": [[[{{{P(x0)}}},{{{P(y0)}}}],[{{{P(x1)}}},{{{P(y0)}}}],[{{{P(x1)}}},{{{P(y1)}}}],[{{{P(x0)}}},{{{P(y1)}}}],[{{{P(x0)}}},{{{P(y0)}}}]]]}}""");
                rules.Append(rules.Length == 0 ? string.Empty : ",").Append(Rule("R" + code, $$"""
                    "binding": {"units": ["{{code}}"]}, "when": "site.within('no-farming')"
                    """, level: "unit"));
            }
        }

        var json = $$$"""
        {"schemaVersion": "1", "id": "grid", "version": "1", "title": {"zh": "网格", "en": "Grid"},
         "documents": [{"id": "doc", "title": {"zh": "文件", "en": "Document"}}],
         "units": [{{{units}}}],
         "zones": [{"id": "NF", "kind": "no-farming", "name": {"zh": "禁养区", "en": "No-farming"}, "geometry": {"type": "Polygon", "coordinates": [[[100.5,30.5],[100.6,30.5],[100.6,30.6],[100.5,30.6],[100.5,30.5]]]}}],
         "rules": [{{{rules}}}]}
        """;
        return Load(json);
    });

    [Fact]
    public void Ten_thousand_units_locate_and_evaluate_only_their_own_rows()
    {
        var pack = Grid.Value;
        pack.UnitCount.Should().Be(10_000);
        pack.RuleCount.Should().Be(10_000);
        // (100.555, 30.555) lies in column i = 55, row j = 55 → G05555.
        pack.Locate(100.555, 30.555).UnitCodes.Should().Equal("G05555");
        var (report, _) = Check(pack, Project(100.555, 30.555));
        report.Results.Select(r => r.RuleId).Should().Equal("RG05555");
        report.Verdict.Should().Be("prohibited");
        // A grid corner belongs to the four units that meet there.
        pack.Locate(100.5, 30.5).UnitCodes.Should().Equal("G04949", "G04950", "G05049", "G05050");
    }
}
