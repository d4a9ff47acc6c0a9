using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.Tests.Support;

/// <summary>
/// Reads docs/samples/concrete-station.json and hands its activity lines to the calculator the way the core does
/// (parameters typed by the kind's descriptor). A stand-in until the engine can assess the file end to end.
/// </summary>
internal static class SampleProject
{
    public static string PathOnDisk
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "docs", "samples", "concrete-station.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("docs/samples/concrete-station.json not found above " + AppContext.BaseDirectory);
        }
    }

    public static JsonDocument Read() => JsonDocument.Parse(File.ReadAllBytes(PathOnDisk));

    public static ImmutableArray<ActivityInput> Activities(JsonDocument document, ConcretePlugin plugin)
    {
        var descriptor = plugin.ActivityKinds.Single();
        var lines = ImmutableArray.CreateBuilder<ActivityInput>();
        var i = 0;
        foreach (var activity in document.RootElement.GetProperty("activities").EnumerateArray())
        {
            var path = "/activities/" + i.ToString(CultureInfo.InvariantCulture);
            var parameters = ImmutableDictionary.CreateBuilder<string, ParameterValue>(StringComparer.Ordinal);
            foreach (var p in activity.GetProperty("parameters").EnumerateObject())
            {
                var type = descriptor.Parameters.Single(d => d.Name == p.Name).Type;
                var ppath = path + "/parameters/" + p.Name;
                parameters[p.Name] = type switch
                {
                    ParameterType.Boolean => new ParameterValue { Type = type, Path = ppath, Raw = p.Value.GetRawText(), Boolean = p.Value.GetBoolean() },
                    ParameterType.Number => new ParameterValue { Type = type, Path = ppath, Raw = p.Value.GetRawText(), Quantity = new Quantity(p.Value.GetDouble(), Dimension.None) },
                    ParameterType.Quantity => new ParameterValue { Type = type, Path = ppath, Raw = p.Value.GetString()!, Quantity = Quantity.Parse(p.Value.GetString()!) },
                    ParameterType.Json => new ParameterValue { Type = type, Path = ppath, Raw = p.Value.GetRawText(), Json = p.Value.Clone() },
                    _ => new ParameterValue { Type = type, Path = ppath, Raw = p.Value.GetString()!, Text = p.Value.GetString() },
                };
            }

            var amount = activity.GetProperty("amount").GetString()!;
            lines.Add(new ActivityInput
            {
                Kind = activity.GetProperty("kind").GetString()!,
                Amount = Quantity.Parse(amount),
                AmountText = amount,
                Path = path,
                Parameters = parameters.ToImmutable(),
            });
            i++;
        }

        return lines.ToImmutable();
    }
}
