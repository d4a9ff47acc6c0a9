using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Tests.Support;

/// <summary>Builds activity lines the way the core hands them to calculators (quantities parsed, paths set).</summary>
internal sealed class Line
{
    private readonly string _kind;
    private readonly string _amount;
    private readonly ImmutableDictionary<string, ParameterValue>.Builder _parameters = ImmutableDictionary.CreateBuilder<string, ParameterValue>(StringComparer.Ordinal);

    private Line(string kind, string amount)
    {
        _kind = kind;
        _amount = amount;
    }

    public const string Path = "/activities/0";

    public static Line Of(string kind, string amount) => new(kind, amount);

    public static string ParameterPath(string name) => Path + "/parameters/" + name;

    /// <summary>A quantity parameter such as "65 %" or "5000 t/d".</summary>
    public Line Q(string name, string text)
    {
        _parameters[name] = new ParameterValue
        {
            Type = ParameterType.Quantity,
            Path = ParameterPath(name),
            Raw = text,
            Quantity = Quantity.Parse(text),
        };
        return this;
    }

    /// <summary>A plain number parameter.</summary>
    public Line N(string name, double value)
    {
        _parameters[name] = new ParameterValue
        {
            Type = ParameterType.Number,
            Path = ParameterPath(name),
            Raw = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            Quantity = new Quantity(value, Dimension.None),
        };
        return this;
    }

    /// <summary>A choice parameter.</summary>
    public Line C(string name, string value)
    {
        _parameters[name] = new ParameterValue { Type = ParameterType.Choice, Path = ParameterPath(name), Raw = value, Text = value };
        return this;
    }

    /// <summary>A text parameter.</summary>
    public Line T(string name, string value)
    {
        _parameters[name] = new ParameterValue { Type = ParameterType.Text, Path = ParameterPath(name), Raw = value, Text = value };
        return this;
    }

    /// <summary>A boolean parameter.</summary>
    public Line B(string name, bool value)
    {
        _parameters[name] = new ParameterValue { Type = ParameterType.Boolean, Path = ParameterPath(name), Raw = value ? "true" : "false", Boolean = value };
        return this;
    }

    /// <summary>A JSON parameter.</summary>
    public Line J(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        _parameters[name] = new ParameterValue { Type = ParameterType.Json, Path = ParameterPath(name), Raw = json, Json = document.RootElement.Clone() };
        return this;
    }

    public ActivityInput Build() => new()
    {
        Kind = _kind,
        Amount = Quantity.Parse(_amount),
        AmountText = _amount,
        Path = Path,
        Parameters = _parameters.ToImmutable(),
    };

    public static implicit operator ActivityInput(Line line) => line.Build();
}
