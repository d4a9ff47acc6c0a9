using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Tests.Support;

/// <summary>Builds a <c>livestock.herd</c> line as the core would hand it over (parameters already typed).</summary>
public sealed class HerdLineBuilder
{
    public const string LinePath = "/activities/0";
    private readonly Dictionary<string, ParameterValue> _parameters = new(StringComparer.Ordinal);
    private string _amount;

    private HerdLineBuilder(string amount) => _amount = amount;

    public static HerdLineBuilder Of(string category, string amount, string population = "stock") =>
        new HerdLineBuilder(amount).Choice("category", category).Choice("population", population);

    public HerdLineBuilder Amount(string amount)
    {
        _amount = amount;
        return this;
    }

    public HerdLineBuilder Choice(string name, string value) => Set(name, new ParameterValue { Type = ParameterType.Choice, Path = P(name), Raw = value, Text = value });

    public HerdLineBuilder Text(string name, string value) => Set(name, new ParameterValue { Type = ParameterType.Text, Path = P(name), Raw = value, Text = value });

    public HerdLineBuilder Quantity(string name, string text) =>
        Set(name, new ParameterValue { Type = ParameterType.Quantity, Path = P(name), Raw = text, Quantity = Sdk.Units.Quantity.Parse(text) });

    public HerdLineBuilder Number(string name, double value) =>
        Set(name, new ParameterValue { Type = ParameterType.Number, Path = P(name), Raw = value.ToString("R", CultureInfo.InvariantCulture), Quantity = new Quantity(value, Dimension.None) });

    public HerdLineBuilder Bool(string name, bool value) =>
        Set(name, new ParameterValue { Type = ParameterType.Boolean, Path = P(name), Raw = value ? "true" : "false", Boolean = value });

    public HerdLineBuilder Shares(string name, params (string Key, double Share)[] shares) =>
        Set(name, new ParameterValue
        {
            Type = ParameterType.Shares,
            Path = P(name),
            Raw = string.Join(",", shares.Select(s => s.Key + ":" + s.Share.ToString("R", CultureInfo.InvariantCulture))),
            Shares = shares.ToImmutableDictionary(s => s.Key, s => s.Share, StringComparer.Ordinal),
        });

    public HerdLineBuilder Json(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Set(name, new ParameterValue { Type = ParameterType.Json, Path = P(name), Raw = json, Json = document.RootElement.Clone() });
    }

    public HerdLineBuilder Without(string name)
    {
        _parameters.Remove(name);
        return this;
    }

    public ActivityInput Build()
    {
        _ = Sdk.Units.QuantityParser.TryParse(_amount, out var amount, out _, out _);
        return new ActivityInput
        {
            Kind = "livestock.herd",
            Amount = amount,
            AmountText = _amount,
            Path = LinePath,
            Parameters = _parameters.ToImmutableDictionary(StringComparer.Ordinal),
        };
    }

    private static string P(string name) => LinePath + "/parameters/" + name;

    private HerdLineBuilder Set(string name, ParameterValue value)
    {
        _parameters[name] = value;
        return this;
    }
}
