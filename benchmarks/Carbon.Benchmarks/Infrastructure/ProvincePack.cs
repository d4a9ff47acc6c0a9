using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Carbon.Zoning;

namespace Carbon.Benchmarks.Infrastructure;

/// <summary>
/// Generates a province-size zoning pack: a grid of control units (管控单元) over 6° × 6° (about 600 km × 660 km, a
/// province such as Hunan or Guangxi), each a ~6 km cell whose boundary has <see cref="VerticesPerSide"/> × 4
/// vertices with a wavy edge, so that point-in-polygon tests cost what real boundaries cost. Everything else (regions,
/// zones, sectors, documents and the rules not bound to a named unit) comes from the embedded sample district.
/// Deterministic: the same arguments give the same bytes.
/// </summary>
internal static class ProvincePack
{
    public const double West = 108.0;
    public const double South = 23.0;
    public const double Span = 6.0;
    public const int VerticesPerSide = 16;

    public static byte[] Generate(int unitCount, int? generatedRules = null)
    {
        var root = SampleDistrict();
        root["id"] = "bench.province";
        root["version"] = "bench." + unitCount.ToString(CultureInfo.InvariantCulture);
        root["units"] = Units(unitCount);
        var rules = new JsonArray();
        if (generatedRules is { } n)
        {
            // n rules that all apply to a new cement project and read its facts: every one is evaluated.
            for (var i = 0; i < n; i++)
            {
                rules.Add(GeneratedRule(i));
            }
        }
        else
        {
            foreach (var rule in root["rules"]!.AsArray())
            {
                // Rules bound to the sample's own unit codes would name units this pack does not have.
                if (rule!["binding"]?["units"] is null)
                {
                    rules.Add(rule.DeepClone());
                }
            }
        }

        root["rules"] = rules;
        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    public static ZoningPack Load(byte[] bytes)
    {
        var result = ZoningPackLoader.Load(bytes);
        return result.Pack ?? throw new InvalidOperationException("The generated pack does not load: "
            + string.Join("; ", result.Diagnostics.Take(5).Select(d => d.Code + " " + d.Path + " " + d.Message.En)));
    }

    /// <summary>The cell of grid (column, row) for a grid of <paramref name="side"/> × <paramref name="side"/>.</summary>
    public static (double West, double South, double Size) Cell(int column, int row, int side)
    {
        var size = Span / side;
        return (West + (column * size), South + (row * size), size);
    }

    public static int Side(int unitCount) => (int)Math.Ceiling(Math.Sqrt(unitCount));

    private static JsonObject SampleDistrict()
    {
        var assembly = typeof(ZoningPackLoader).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.Replace('\\', '/').EndsWith("zoning/sample-district.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static JsonArray Units(int count)
    {
        var side = Side(count);
        var units = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var (w, s, size) = Cell(i % side, i / side, side);
            var category = 1 + (i % 3);
            var code = "ZH990101" + category.ToString(CultureInfo.InvariantCulture) + ((i / 3) + 1).ToString("D4", CultureInfo.InvariantCulture);
            units.Add(new JsonObject
            {
                ["code"] = code,
                ["name"] = new JsonObject { ["zh"] = "生成单元 " + code, ["en"] = "Generated unit " + code },
                ["category"] = category,
                ["subType"] = category == 1 ? "一般生态空间" : category == 2 ? "工业园区" : "一般管控区",
                ["geometry"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(Ring(w, s, size)) },
                ["adminCode"] = "990101",
                ["documentId"] = "sample-plan",
                ["version"] = "2025.1",
            });
        }

        return units;
    }

    /// <summary>A closed ring inside the cell: four wavy sides, each bowed inwards so that neighbours never overlap.</summary>
    private static JsonArray Ring(double west, double south, double size)
    {
        var ring = new JsonArray();
        foreach (var (x, y) in RingCoordinates(west, south, size))
        {
            ring.Add(new JsonArray(x, y));
        }

        return ring;
    }

    /// <summary>The closed ring of a cell's unit, rounded to 6 decimals (about 0.1 m) as a pack file would hold it.</summary>
    public static List<(double X, double Y)> RingCoordinates(double west, double south, double size)
    {
        var ring = new List<(double X, double Y)>((4 * VerticesPerSide) + 1);
        var inset = size * 0.01;
        var amplitude = size * 0.02;
        for (var side = 0; side < 4; side++)
        {
            for (var k = 0; k < VerticesPerSide; k++)
            {
                var t = (double)k / VerticesPerSide;
                var bow = inset + (amplitude * Math.Abs(Math.Sin(t * Math.PI * 3)));
                var (x, y) = side switch
                {
                    0 => (west + (t * size), south + bow),
                    1 => (west + size - bow, south + (t * size)),
                    2 => (west + size - (t * size), south + size - bow),
                    _ => (west + bow, south + size - (t * size)),
                };
                ring.Add((Math.Round(x, 6), Math.Round(y, 6)));
            }
        }

        ring.Add(ring[0]);
        return ring;
    }

    private static JsonObject GeneratedRule(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = "G-" + i.ToString("D4", CultureInfo.InvariantCulture),
            ["title"] = new JsonObject { ["zh"] = "生成规则 " + n, ["en"] = "Generated rule " + n },
            ["level"] = "county",
            ["dimension"] = "resource-efficiency",
            ["effect"] = "restrict",
            ["status"] = "confirmed",
            ["message"] = new JsonObject { ["zh"] = "生成规则（基准测试）。", ["en"] = "Generated rule (benchmark)." },
            ["citation"] = new JsonObject { ["documentId"] = "sample-plan", ["clauseRef"] = "G" + n, ["clause"] = "基准测试生成条款 " + n },
            ["binding"] = new JsonObject { ["natures"] = new JsonArray("new", "expansion") },
            ["when"] = "energy.total > " + n + " tce and facts.site.altitude < 3000 m",
            ["require"] = "facts.cement.clinker-capacity <= " + (5000 + i).ToString(CultureInfo.InvariantCulture) + " t/d or energy.unit('cement.clinker') <= 200 kgce/t",
        };
    }
}
