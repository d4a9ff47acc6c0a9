using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Testing;

/// <summary>
/// Turns one <c>activities[]</c> line, written as in a project file, into the <see cref="ActivityInput"/> the core
/// would hand the plugin's calculator: the kind is looked up among the plugin's kinds, the amount and every parameter
/// are checked against the kind's descriptor, quantities are read into canonical units and JSON Pointers are set.
/// For tests: a line that does not check throws, listing every problem, because a golden case must be valid input.
/// </summary>
public static class ActivityLineReader
{
    /// <summary>The tolerance for shares summing to 1, as the core applies it.</summary>
    private const double SharesTolerance = 1e-6;

    /// <summary>Reads a line.</summary>
    /// <param name="plugin">The plugin whose kinds the line may use.</param>
    /// <param name="activityJson">The line, e.g. <c>{"kind": "lime.production", "amount": "100000 t", "parameters": {"limeType": "high-calcium"}}</c>.</param>
    /// <param name="path">The JSON Pointer of the line in its project, <c>/activities/0</c> unless given.</param>
    /// <returns>The input.</returns>
    /// <exception cref="FormatException">The line is not valid for the plugin; the message lists every problem.</exception>
    public static ActivityInput Read(ISectorPlugin plugin, string activityJson, string path = "/activities/0")
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(activityJson);
        var problems = new List<string>();
        using var document = JsonDocument.Parse(activityJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("An activity line must be a JSON object with kind, amount and parameters.");
        }

        var kind = root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : null;
        var descriptor = plugin.ActivityKinds.FirstOrDefault(d => string.Equals(d.Kind, kind, StringComparison.Ordinal))
            ?? throw new FormatException($"The plugin has no activity kind '{kind}'. Its kinds: {string.Join(", ", plugin.ActivityKinds.Select(d => d.Kind))}.");
        var amountText = root.TryGetProperty("amount", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : null;
        var amount = default(Quantity);
        if (amountText is null || !QuantityParser.TryParse(amountText, out amount, out _, out _))
        {
            problems.Add($"{path}/amount: '{amountText}' is not a quantity; write e.g. \"1000 {descriptor.AmountUnit}\".");
        }
        else if (amount.Dimension != descriptor.AmountDimension)
        {
            problems.Add($"{path}/amount: '{amountText}' has dimension {amount.Dimension}; {descriptor.Kind} needs {descriptor.AmountDimension} (e.g. {descriptor.AmountUnit}).");
        }

        var values = ImmutableDictionary.CreateBuilder<string, ParameterValue>(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("parameters", out var parameters))
        {
            if (parameters.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}/parameters must be an object.");
            }
            else
            {
                foreach (var member in parameters.EnumerateObject())
                {
                    var p = path + "/parameters/" + member.Name;
                    given.Add(member.Name);
                    var parameter = descriptor.Parameters.FirstOrDefault(d => string.Equals(d.Name, member.Name, StringComparison.Ordinal));
                    if (parameter is null)
                    {
                        problems.Add($"{p}: {descriptor.Kind} has no parameter '{member.Name}'.");
                        continue;
                    }

                    var value = Bind(parameter, member.Value, p, problems);
                    if (value is not null)
                    {
                        values[member.Name] = value;
                    }
                }
            }
        }

        foreach (var missing in descriptor.Parameters.Where(d => d.Required && !given.Contains(d.Name)))
        {
            problems.Add($"{path}/parameters/{missing.Name}: required ({missing.Description.En}).");
        }

        if (problems.Count > 0)
        {
            throw new FormatException("The activity line is not valid input: " + string.Join(" ", problems));
        }

        return new ActivityInput
        {
            Kind = descriptor.Kind,
            Amount = amount,
            AmountText = amountText!,
            Path = path,
            Label = root.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null,
            Parameters = values.ToImmutable(),
        };
    }

    private static ParameterValue? Bind(ParameterDescriptor parameter, JsonElement v, string path, List<string> problems)
    {
        var raw = v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();
        switch (parameter.Type)
        {
            case ParameterType.Quantity:
            case ParameterType.Number:
                {
                    var expected = parameter.Type == ParameterType.Number ? Dimension.None : parameter.Dimension ?? Dimension.None;
                    Quantity q;
                    if (v.ValueKind == JsonValueKind.Number && expected.IsNone && v.TryGetDouble(out var d) && double.IsFinite(d))
                    {
                        q = new Quantity(d, Dimension.None);
                        raw = d.ToString("R", CultureInfo.InvariantCulture);
                    }
                    else if (v.ValueKind != JsonValueKind.String || !QuantityParser.TryParse(raw, out q, out _, out _))
                    {
                        problems.Add($"{path}: '{raw}' is not a quantity; write e.g. \"{parameter.Unit ?? "1"}\" with a number.");
                        return null;
                    }

                    if (q.Dimension != expected)
                    {
                        problems.Add($"{path}: '{raw}' has dimension {q.Dimension}; '{parameter.Name}' needs {expected}.");
                        return null;
                    }

                    if ((parameter.Minimum is { } min && q.Value < min) || (parameter.Maximum is { } max && q.Value > max))
                    {
                        problems.Add($"{path}: '{raw}' is outside the allowed range of '{parameter.Name}'.");
                        return null;
                    }

                    return new ParameterValue { Type = parameter.Type, Path = path, Raw = raw, Quantity = q };
                }

            case ParameterType.Text:
            case ParameterType.Choice:
                if (v.ValueKind != JsonValueKind.String)
                {
                    problems.Add($"{path}: '{parameter.Name}' must be a string.");
                    return null;
                }

                if (parameter.Type == ParameterType.Choice && !parameter.AllowedValues.Contains(raw, StringComparer.Ordinal))
                {
                    problems.Add($"{path}: '{raw}' is not one of {string.Join(", ", parameter.AllowedValues)}.");
                    return null;
                }

                return new ParameterValue { Type = parameter.Type, Path = path, Raw = raw, Text = raw };

            case ParameterType.Boolean:
                if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add($"{path}: '{parameter.Name}' must be true or false.");
                    return null;
                }

                return new ParameterValue { Type = parameter.Type, Path = path, Raw = raw, Boolean = v.GetBoolean() };

            case ParameterType.Shares:
                return BindShares(parameter, v, path, raw, problems);

            case ParameterType.Json:
                return new ParameterValue { Type = parameter.Type, Path = path, Raw = raw, Json = v.Clone() };

            default:
                problems.Add($"{path}: unknown parameter type {parameter.Type}.");
                return null;
        }
    }

    private static ParameterValue? BindShares(ParameterDescriptor parameter, JsonElement v, string path, string raw, List<string> problems)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: '{parameter.Name}' must be an object of shares.");
            return null;
        }

        var shares = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var member in v.EnumerateObject())
        {
            var text = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();
            double share;
            if (member.Value.ValueKind == JsonValueKind.Number && member.Value.TryGetDouble(out var d))
            {
                share = d;
            }
            else if (QuantityParser.TryParse(text, out var q, out _, out _) && q.Dimension.IsNone)
            {
                share = q.Value;
            }
            else
            {
                problems.Add($"{path}/{member.Name}: '{text}' is not a share.");
                continue;
            }

            if ((parameter.AllowedValues.Length > 0 && !parameter.AllowedValues.Contains(member.Name, StringComparer.Ordinal)) || share is < 0 or > 1)
            {
                problems.Add($"{path}/{member.Name}: not an allowed key or not a share between 0 and 1.");
                continue;
            }

            shares[member.Name] = share;
        }

        if (Math.Abs(shares.Values.Sum() - 1) > SharesTolerance)
        {
            problems.Add($"{path}: the shares add up to {shares.Values.Sum().ToString("R", CultureInfo.InvariantCulture)}, not 1.");
            return null;
        }

        return new ParameterValue { Type = ParameterType.Shares, Path = path, Raw = raw, Shares = shares.ToImmutable() };
    }
}
