using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.Tests.Support;

/// <summary>Builds a <c>concrete.ready-mix</c> line as the core would hand it to the calculator.</summary>
internal sealed class LineBuilder(string amount, int index = 0)
{
    private readonly Dictionary<string, ParameterValue> _parameters = new(StringComparer.Ordinal);

    public string Path => "/activities/" + index.ToString(CultureInfo.InvariantCulture);

    public string ParameterPath(string name) => Path + "/parameters/" + name;

    public LineBuilder Choice(string name, string text) => Set(name, new ParameterValue { Type = ParameterType.Choice, Path = ParameterPath(name), Raw = text, Text = text });

    public LineBuilder Bool(string name, bool value) => Set(name, new ParameterValue { Type = ParameterType.Boolean, Path = ParameterPath(name), Raw = value ? "true" : "false", Boolean = value });

    public LineBuilder Number(string name, double value) => Set(name, new ParameterValue
    {
        Type = ParameterType.Number,
        Path = ParameterPath(name),
        Raw = value.ToString("R", CultureInfo.InvariantCulture),
        Quantity = new Quantity(value, Dimension.None),
    });

    public LineBuilder Quantity(string name, string text) => Set(name, new ParameterValue
    {
        Type = ParameterType.Quantity,
        Path = ParameterPath(name),
        Raw = text,
        Quantity = Carbon.Sdk.Units.Quantity.Parse(text),
    });

    public LineBuilder Json(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Set(name, new ParameterValue { Type = ParameterType.Json, Path = ParameterPath(name), Raw = json, Json = document.RootElement.Clone() });
    }

    public LineBuilder Raw(string name, ParameterValue value) => Set(name, value);

    public ActivityInput Build() => new()
    {
        Kind = "concrete.ready-mix",
        Amount = Carbon.Sdk.Units.Quantity.Parse(amount),
        AmountText = amount,
        Path = Path,
        Parameters = _parameters.ToImmutableDictionary(StringComparer.Ordinal),
    };

    private LineBuilder Set(string name, ParameterValue value)
    {
        _parameters[name] = value;
        return this;
    }
}
