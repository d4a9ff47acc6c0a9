using System.Collections.Immutable;
using System.Text;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;
using Carbon.Zoning;
using Carbon.Zoning.Evaluation;

namespace Carbon.Core.Tests.Zoning;

/// <summary>Small packs and projects for zoning tests.</summary>
internal static class ZoningTestKit
{
    /// <summary>
    /// A test pack: unit A (key, 产业集聚类) is the square lon 100–101, lat 30–31; unit B (general) lon 101–102,
    /// lat 30–31 with a hole lon 101.4–101.6, lat 30.4–30.6 that no unit covers; zones: a no-farming square
    /// lon 100.2–100.4, lat 30.2–30.4 and an industrial park = unit A. Region 990101 (city 990100, province 990000).
    /// </summary>
    public static string Pack(string rules, string extraRoot = "", string regions = DefaultRegions, string enforcement = "enforce") => $$$"""
    {
      "schemaVersion": "1",
      "id": "test.pack",
      "version": "1",
      "title": {"zh": "测试包", "en": "Test pack"},
      "enforcement": "{{{enforcement}}}",
      "adminCode": "990101",
      "documents": [{"id": "doc", "title": {"zh": "测试文件", "en": "Test document"}, "verification": "fictional"}],
      "sectors": [
        {"id": "cement-clinker", "name": {"zh": "熟料", "en": "Clinker"}, "products": ["cement.clinker"], "facts": ["cement.clinker-capacity"]},
        {"id": "livestock-farm", "name": {"zh": "养殖", "en": "Farms"}, "facts": ["livestock.pig-equivalents"]},
        {"id": "two-high", "name": {"zh": "两高", "en": "Two-high"}, "includes": ["cement-clinker"]}
      ],
      "regions": {{{regions}}},
      "units": [
        {"code": "ZH99010120001", "name": {"zh": "单元A", "en": "Unit A"}, "category": 2, "subType": "产业集聚类", "adminCode": "990101",
         "geometry": {"type": "Polygon", "coordinates": [[[100,30],[101,30],[101,31],[100,31],[100,30]]]}},
        {"code": "ZH99010130001", "name": {"zh": "单元B", "en": "Unit B"}, "category": 3, "adminCode": "990101",
         "geometry": {"type": "MultiPolygon", "coordinates": [[[[101,30],[102,30],[102,31],[101,31],[101,30]],[[101.4,30.4],[101.4,30.6],[101.6,30.6],[101.6,30.4],[101.4,30.4]]]]}}
      ],
      "zones": [
        {"id": "NF-1", "kind": "no-farming", "name": {"zh": "禁养区", "en": "No-farming"}, "legalCategory": "饮用水水源保护区",
         "geometry": {"type": "Polygon", "coordinates": [[[100.2,30.2],[100.4,30.2],[100.4,30.4],[100.2,30.4],[100.2,30.2]]]}},
        {"id": "IP-1", "kind": "industrial-park", "name": {"zh": "园区", "en": "Park"},
         "geometry": {"type": "Polygon", "coordinates": [[[100,30],[101,30],[101,31],[100,31],[100,30]]]}}
      ]{{{extraRoot}}},
      "rules": [{{{rules}}}]
    }
    """;

    public const string DefaultRegions = """
      [{"adminCode": "990000", "keyRegion": false},
       {"adminCode": "990100", "reductionTargetMet": true, "air": [{"pollutant": "O3", "attains": false}, {"pollutant": "PM2.5", "attains": true}]},
       {"adminCode": "990101", "quotas": [{"pollutant": "NOx", "exceeded": false}, {"pollutant": "SO2", "exceeded": true}],
        "caps": [{"resource": "energy", "limit": "100 tce", "used": "60 tce"}]}]
    """;

    /// <summary>A rule with the given members added to a minimal national prohibition.</summary>
    public static string Rule(string id, string members, string level = "national", string effect = "prohibit", string status = "single-source") => $$"""
      {"id": "{{id}}", "title": {"zh": "规则{{id}}", "en": "Rule {{id}}"}, "level": "{{level}}", "dimension": "spatial-layout",
       "effect": "{{effect}}", "status": "{{status}}", "message": {"zh": "违反{{id}}", "en": "Breaks {{id}}"},
       "citation": {"documentId": "doc", "clauseRef": "C12"}{{(members.Length > 0 ? ", " + members : string.Empty)}}}
    """;

    public static ZoningPack Load(string json)
    {
        var result = ZoningPackLoader.Load(Encoding.UTF8.GetBytes(json));
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty(Describe(result.Diagnostics));
        return result.Pack!;
    }

    public static ZoningPackLoadResult TryLoad(string json) => ZoningPackLoader.Load(Encoding.UTF8.GetBytes(json));

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message.En));

    public static Project Project(
        double? lon = 100.5,
        double? lat = 30.5,
        ProjectNature nature = ProjectNature.New,
        string[]? industries = null,
        string[]? products = null,
        (string Pollutant, double Tonnes)[]? pollutants = null,
        SiteLocation? location = null,
        string? adminCode = null,
        params (string Key, FactValue Value)[] facts) => new()
        {
            SchemaVersion = "1",
            Id = "test",
            Name = new LocalizedText("测试", "Test"),
            Nature = nature,
            ReportingYear = 2026,
            AdminCode = adminCode,
            IndustryCodes = [.. industries ?? []],
            Location = location ?? (lon is { } x && lat is { } y ? new SiteLocation { Type = "Point", Point = [x, y], Path = "/location" } : null),
            Products = [.. (products ?? []).Select((p, i) => new ProductLine { Product = p, Output = new Quantity(1000, Dimension.OfMass), OutputText = "1000 t", Path = "/products/" + i })],
            Pollutants = [.. (pollutants ?? []).Select((p, i) => new PollutantLine { Pollutant = p.Pollutant, Amount = new Quantity(p.Tonnes, Dimension.OfMass), AmountText = p.Tonnes + " t", Path = "/pollutants/" + i })],
            Facts = [.. facts.Select(f => new Fact(f.Key, f.Value, "/facts/" + f.Key))],
        };

    public static SiteLocation Polygon(params (double Lon, double Lat)[] ring) =>
        new() { Type = "Polygon", Polygons = [[[.. ring]]], Path = "/location" };

    public static FactValue Q(string text) => FactValue.Of(Quantity.Parse(text));

    public static FactValue B(bool b) => FactValue.Of(b);

    public static FactValue S(string s) => FactValue.Of(s);

    public static FactValue L(params string[] items) => new() { Kind = FactKind.TextList, Items = [.. items] };

    public static (ZoningReport Report, List<Diagnostic> Diagnostics) Check(ZoningPack pack, Project project, IEnumerable<(Fact, string)>? pluginFacts = null)
    {
        var diagnostics = new List<Diagnostic>();
        var facts = project.Facts.Select(f => (f, "project")).Concat(pluginFacts ?? []);
        var report = ZoningChecker.Check(pack, project, facts, null, null, diagnostics);
        return (report, diagnostics);
    }

    public static ZoningRuleResultReport Result(this ZoningReport report, string ruleId, string? unit = null) =>
        report.Results.Single(r => r.RuleId == ruleId && (unit is null || r.UnitCode == unit));

    public static ImmutableArray<string> Outcomes(this ZoningReport report) => [.. report.Results.Select(r => r.RuleId + ":" + r.Outcome)];
}
