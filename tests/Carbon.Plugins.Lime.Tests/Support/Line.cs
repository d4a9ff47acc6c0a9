using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Lime.Tests.Support;

/// <summary>Builds an activity line as the core would hand it to a calculator (path <c>/activities/0</c>).</summary>
internal sealed class Line(string kind, string amount)
{
    public const string Path = "/activities/0";

    private readonly Dictionary<string, ParameterValue> _parameters = new(StringComparer.Ordinal);

    public static Line Production(string amount) => new("lime.production", amount);

    public static Line CarbonateInput(string amount) => new("lime.carbonate-input", amount);

    public static Line Kiln(string amount) => new("lime.kiln", amount);

    public static string P(string name) => Path + "/parameters/" + name;

    /// <summary>A quantity parameter such as "95 %" or "4000 t".</summary>
    public Line Q(string name, string text)
    {
        _parameters[name] = new ParameterValue { Type = ParameterType.Quantity, Path = P(name), Raw = text, Quantity = Quantity.Parse(text) };
        return this;
    }

    /// <summary>A plain number parameter.</summary>
    public Line N(string name, double value)
    {
        _parameters[name] = new ParameterValue
        {
            Type = ParameterType.Number,
            Path = P(name),
            Raw = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Quantity = new Quantity(value, Dimension.None),
        };
        return this;
    }

    /// <summary>A choice parameter.</summary>
    public Line C(string name, string value)
    {
        _parameters[name] = new ParameterValue { Type = ParameterType.Choice, Path = P(name), Raw = value, Text = value };
        return this;
    }

    /// <summary>A text parameter.</summary>
    public Line T(string name, string value)
    {
        _parameters[name] = new ParameterValue { Type = ParameterType.Text, Path = P(name), Raw = value, Text = value };
        return this;
    }

    /// <summary>A JSON parameter.</summary>
    public Line J(string name, string json)
    {
        using var doc = JsonDocument.Parse(json);
        _parameters[name] = new ParameterValue { Type = ParameterType.Json, Path = P(name), Raw = json, Json = doc.RootElement.Clone() };
        return this;
    }

    public ActivityInput Build() => new()
    {
        Kind = kind,
        Amount = Quantity.Parse(amount),
        AmountText = amount,
        Path = Path,
        Parameters = _parameters.ToImmutableDictionary(StringComparer.Ordinal),
    };

    public static implicit operator ActivityInput(Line line) => line.Build();
}
