using static Carbon.Core.Tests.Review.Support.Projects;

namespace Carbon.Core.Tests.Baselines;

/// <summary>
/// Benchmark tables supplied by the tests in the shape plugins ship (DataSetReader JSON). GB 16780-2021 values and
/// corrections are from energy.md §4 [C] (transcription in adgo07/ECQuota-Insight); 标杆/基准 clinker values from
/// energy.md §3 [S]; GB 36888-2018 from energy.md §5.2 [S]. Tables marked "hypothetical" exist only to exercise a basis.
/// </summary>
internal static class BenchmarkTables
{
    private const string Altitude = """
        {
          "id": "gb16780.altitude",
          "description": { "zh": "海拔高于1500 m 时 3 级限额乘以 K = 1.179 − 0.211 × P/101325", "en": "above 1500 m altitude the level-3 limit is multiplied by K = 1.179 − 0.211 × P/101325" },
          "kind": "multiplicative",
          "fact": "site.pressure",
          "factUnit": "Pa",
          "reference": 101325,
          "a": 1.179,
          "b": 0.211,
          "levels": [ "level-3" ],
          "conditionFact": "site.altitude",
          "conditionUnit": "m",
          "conditionAbove": 1500,
          "status": "confirmed"
        }
        """;

    private static string Levels(double l1, double l2, double l3) => $$"""
        [
          { "level": "level-1", "name": { "zh": "1级", "en": "level 1" }, "value": {{N(l1)}}, "status": "confirmed" },
          { "level": "level-2", "name": { "zh": "2级", "en": "level 2" }, "value": {{N(l2)}}, "status": "confirmed",
            "appliesTo": { "zh": "新建及改扩建", "en": "new and expanded plants" }, "appliesToStatus": "unconfirmed" },
          { "level": "level-3", "name": { "zh": "3级", "en": "level 3" }, "value": {{N(l3)}}, "status": "confirmed" }
        ]
        """;

    public static readonly string Gb16780 = $$"""
        {
          "id": "test.gb16780",
          "version": "test.1",
          "title": { "zh": "测试：GB 16780-2021 水泥单位产品能源消耗限额", "en": "test: GB 16780-2021 cement energy limits" },
          "source": {
            "document": "GB 16780-2021 水泥单位产品能源消耗限额",
            "clause": "表1、表2；5.3、5.4",
            "url": "https://github.com/adgo07/ECQuota-Insight (data/definitions/gb-16780-2021.json)",
            "edition": "published 2021-10-11, in force 2022-11-01"
          },
          "benchmarks": [
            {
              "id": "gb16780-2021",
              "title": { "zh": "GB 16780-2021", "en": "GB 16780-2021" },
              "status": "confirmed",
              "effectiveFrom": "2022-11-01",
              "indicators": [
                {
                  "id": "cement.comprehensive-energy",
                  "name": { "zh": "水泥单位产品综合能耗", "en": "cement comprehensive energy per tonne" },
                  "product": "cement.cement",
                  "basis": "comprehensive-energy",
                  "unit": "kgce/t",
                  "levels": {{Levels(80, 87, 94)}},
                  "corrections": [
                    {
                      "id": "gb16780.clinker-ratio",
                      "description": { "zh": "熟料系数每偏离75% 一个百分点，1/2/3 级分别增减 1.10/1.15/1.20 kgce/t", "en": "per percentage point of clinker ratio away from 75 %, add or subtract 1.10/1.15/1.20 kgce/t at levels 1/2/3" },
                      "kind": "linear",
                      "fact": "cement.clinker-ratio",
                      "factUnit": "%",
                      "reference": 75,
                      "coefficients": { "level-1": 1.10, "level-2": 1.15, "level-3": 1.20 },
                      "status": "confirmed"
                    },
                    {{Altitude}}
                  ]
                },
                {
                  "id": "clinker.comprehensive-energy",
                  "name": { "zh": "熟料单位产品综合能耗", "en": "clinker comprehensive energy per tonne" },
                  "product": "cement.clinker",
                  "basis": "comprehensive-energy",
                  "unit": "kgce/t",
                  "levels": {{Levels(100, 107, 117)}},
                  "corrections": [ {{Altitude}} ]
                },
                {
                  "id": "clinker.electricity",
                  "name": { "zh": "熟料单位产品综合电耗", "en": "clinker electricity per tonne" },
                  "product": "cement.clinker",
                  "basis": "electricity",
                  "unit": "kWh/t",
                  "levels": {{Levels(48, 57, 61)}},
                  "corrections": [ {{Altitude}} ]
                },
                {
                  "id": "clinker.coal",
                  "name": { "zh": "熟料单位产品综合煤耗", "en": "clinker coal per tonne" },
                  "product": "cement.clinker",
                  "basis": "carrier-group",
                  "carriers": [ "coal.raw", "coal.washed" ],
                  "unit": "kgce/t",
                  "levels": {{Levels(94, 100, 109)}},
                  "corrections": [ {{Altitude}} ]
                }
              ]
            }
          ]
        }
        """;

    public const string BenchmarkList = """
        {
          "id": "test.ndrc-benchmarks",
          "version": "test.1",
          "title": { "zh": "测试：能效标杆水平和基准水平", "en": "test: efficiency benchmark and baseline levels" },
          "source": {
            "document": "高耗能行业重点领域能效标杆水平和基准水平（2021年版）",
            "clause": "水泥熟料",
            "url": "http://haomenhaochuang.com/news/show.php?itemid=8302",
            "edition": "2021"
          },
          "benchmarks": [
            {
              "id": "ndrc-benchmarks-2021",
              "title": { "zh": "能效标杆水平和基准水平（2021年版）", "en": "Efficiency benchmark and baseline levels (2021)" },
              "status": "single-source",
              "indicators": [
                {
                  "id": "clinker.comprehensive-energy",
                  "name": { "zh": "水泥熟料单位产品综合能耗", "en": "clinker comprehensive energy per tonne" },
                  "product": "cement.clinker",
                  "basis": "comprehensive-energy",
                  "unit": "kgce/t",
                  "levels": [
                    { "level": "benchmark", "name": { "zh": "标杆水平", "en": "benchmark" }, "value": 100, "status": "single-source" },
                    { "level": "baseline", "name": { "zh": "基准水平", "en": "baseline" }, "value": 117, "status": "single-source" }
                  ]
                }
              ]
            }
          ]
        }
        """;

    public const string Gb36888 = """
        {
          "id": "test.gb36888",
          "version": "test.1",
          "title": { "zh": "测试：GB 36888-2018", "en": "test: GB 36888-2018" },
          "source": { "document": "GB 36888-2018 预拌混凝土单位产品能源消耗限额", "clause": "4, 表1", "url": "https://github.com/adgo07/ECQuota-Insight (data/definitions/gb-36888-2018.json)", "edition": "published 2018-11-19, in force 2019-12-01" },
          "benchmarks": [
            {
              "id": "gb36888-2018",
              "title": { "zh": "GB 36888-2018", "en": "GB 36888-2018" },
              "status": "single-source",
              "effectiveFrom": "2019-12-01",
              "indicators": [
                {
                  "id": "production",
                  "name": { "zh": "预拌混凝土单位产品生产能耗", "en": "ready-mix production energy per m³" },
                  "product": "concrete.ready-mix",
                  "basis": "comprehensive-energy",
                  "unit": "kgce/m³",
                  "stage": "production",
                  "levels": [
                    { "level": "level-1", "name": { "zh": "1级", "en": "level 1" }, "value": 0.30, "status": "single-source" },
                    { "level": "level-2", "name": { "zh": "2级", "en": "level 2" }, "value": 0.70, "status": "single-source" },
                    { "level": "level-3", "name": { "zh": "3级", "en": "level 3" }, "value": 1.10, "status": "single-source" }
                  ]
                },
                {
                  "id": "transport",
                  "name": { "zh": "预拌混凝土单位产品运输能耗", "en": "ready-mix transport energy per m³" },
                  "product": "concrete.ready-mix",
                  "basis": "comprehensive-energy",
                  "unit": "kgce/m³",
                  "stage": "transport",
                  "levels": [
                    { "level": "level-1", "name": { "zh": "1级", "en": "level 1" }, "value": 1.85, "status": "single-source" },
                    { "level": "level-2", "name": { "zh": "2级", "en": "level 2" }, "value": 2.65, "status": "single-source" },
                    { "level": "level-3", "name": { "zh": "3级", "en": "level 3" }, "value": 2.90, "status": "single-source" }
                  ]
                }
              ]
            }
          ]
        }
        """;

    /// <summary>Hypothetical levels (not published figures) to exercise the co2e and fossil-energy bases and statuses.</summary>
    public const string Hypothetical = """
        {
          "id": "test.hypothetical",
          "version": "test.1",
          "title": { "zh": "测试：假设的指标", "en": "test: hypothetical indicators" },
          "source": { "document": "hypothetical test table (not a published standard)" },
          "benchmarks": [
            {
              "id": "hypothetical",
              "title": { "zh": "假设表", "en": "hypothetical table" },
              "status": "unconfirmed",
              "indicators": [
                {
                  "id": "product.co2e",
                  "name": { "zh": "单位产品碳排放", "en": "CO2e per tonne" },
                  "product": "test.product",
                  "basis": "co2e",
                  "unit": "kgCO2e/t",
                  "levels": [
                    { "level": "level-1", "name": { "zh": "1级", "en": "level 1" }, "value": 50, "status": "unconfirmed" },
                    { "level": "level-2", "name": { "zh": "2级", "en": "level 2" }, "value": 60, "status": "unconfirmed" }
                  ]
                },
                {
                  "id": "product.co2e-stage",
                  "name": { "zh": "工段碳排放", "en": "CO2e of a stage" },
                  "product": "test.product",
                  "basis": "co2e",
                  "unit": "kgCO2e/t",
                  "stage": "production",
                  "levels": [
                    { "level": "level-1", "name": { "zh": "1级", "en": "level 1" }, "value": 50, "status": "unconfirmed" }
                  ]
                },
                {
                  "id": "product.fossil",
                  "name": { "zh": "单位产品化石能耗", "en": "fossil energy per tonne" },
                  "product": "test.product",
                  "basis": "fossil-energy",
                  "unit": "kgce/t",
                  "levels": [
                    { "level": "level-1", "name": { "zh": "1级", "en": "level 1" }, "value": 10, "status": "unconfirmed" }
                  ]
                },
                {
                  "id": "product.bad-correction",
                  "name": { "zh": "单位错误的修正", "en": "correction with an unknown unit" },
                  "product": "test.product",
                  "basis": "comprehensive-energy",
                  "unit": "kgce/t",
                  "levels": [
                    { "level": "level-1", "name": { "zh": "1级", "en": "level 1" }, "value": 10, "status": "unconfirmed" }
                  ],
                  "corrections": [
                    { "id": "bad", "description": { "zh": "坏", "en": "bad" }, "kind": "linear", "fact": "site.altitude", "factUnit": "furlong",
                      "reference": 0, "coefficients": { "level-1": 1 }, "status": "unconfirmed" }
                  ]
                }
              ]
            }
          ]
        }
        """;
}
