using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Carbon.Benchmarks.Infrastructure;

/// <summary>Generates project files from the bundled samples: more lines, other amounts, other sites. Deterministic.</summary>
internal static class ProjectGenerator
{
    /// <summary>The cement sample with <paramref name="lines"/> lines: half energy lines, half raw-meal activity lines.</summary>
    public static byte[] CementWithLines(int lines)
    {
        var root = JsonNode.Parse(Samples.Bytes("cement"))!.AsObject();
        var energy = new JsonArray();
        string[] carriers = ["coal.raw", "diesel", "electricity"];
        for (var i = 0; i < lines / 2; i++)
        {
            var carrier = carriers[i % carriers.Length];
            var line = new JsonObject
            {
                ["carrier"] = carrier,
                ["amount"] = carrier == "electricity" ? Number(10 + i) + "万 kWh" : Number(100 + i) + " t",
                ["use"] = "fuel",
                ["direction"] = "import",
                ["stage"] = "production",
            };
            if (carrier == "electricity")
            {
                line["origin"] = "grid";
            }

            energy.Add(line);
        }

        var activities = new JsonArray { root["activities"]![0]!.DeepClone() };
        for (var i = 1; i < lines - (lines / 2); i++)
        {
            activities.Add(new JsonObject
            {
                ["kind"] = "cement.raw-meal-carbon",
                ["amount"] = Number(1000 + i) + " t",
                ["parameters"] = new JsonObject { ["nonFuelCarbonFraction"] = "0.2 %" },
            });
        }

        root["energy"] = energy;
        root["activities"] = activities;
        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    /// <summary>
    /// Project number <paramref name="index"/> of a generated province's applications: the four sectors in turn, each
    /// sample with its amounts scaled by a factor in [0.5, 1.5) and its site moved to a point of the province.
    /// </summary>
    public static byte[] Application(JsonObject[] templates, int index)
    {
        var random = new Random(index);
        var root = (JsonObject)templates[index % templates.Length].DeepClone();
        root["id"] = "gen-" + index.ToString(CultureInfo.InvariantCulture);
        var scale = 0.5 + random.NextDouble();
        foreach (var line in root["energy"]?.AsArray() ?? [])
        {
            line!["amount"] = Scale(line["amount"]!.GetValue<string>(), scale);
        }

        foreach (var line in root["activities"]?.AsArray() ?? [])
        {
            line!["amount"] = Scale(line["amount"]!.GetValue<string>(), scale);
        }

        foreach (var line in root["products"]?.AsArray() ?? [])
        {
            line!["output"] = Scale(line["output"]!.GetValue<string>(), scale);
        }

        var lon = ProvincePack.West + (random.NextDouble() * ProvincePack.Span);
        var lat = ProvincePack.South + (random.NextDouble() * ProvincePack.Span);
        root["location"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(Math.Round(lon, 5), Math.Round(lat, 5)) };
        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    public static JsonObject[] Templates() => [.. Samples.Sectors.Select(s => JsonNode.Parse(Samples.Bytes(s))!.AsObject())];

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>"21万 t" × 1.2 → "25.2万 t": the number scaled, its multiplier and unit kept.</summary>
    private static string Scale(string amount, double scale)
    {
        var end = 0;
        while (end < amount.Length && (char.IsAsciiDigit(amount[end]) || amount[end] == '.'))
        {
            end++;
        }

        if (end == 0)
        {
            return amount;
        }

        var number = double.Parse(amount.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture);
        return Number(Math.Round(number * scale, 3)) + amount[end..];
    }
}
