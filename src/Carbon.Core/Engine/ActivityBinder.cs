using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Carbon.Projects;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Engine;

/// <summary>Checks an activity line against its kind's descriptor and turns it into an <see cref="ActivityInput"/>.</summary>
internal static class ActivityBinder
{
    /// <summary>The tolerance for shares summing to 1: rounding in hand-typed percentages, not a licence for gaps.</summary>
    private const double SharesTolerance = 1e-6;

    public static ActivityInput? Bind(RawActivity raw, ActivityKindDescriptor descriptor, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (raw.Amount.Dimension != descriptor.AmountDimension)
        {
            diagnostics.Add(EngineDiagnostics.ActivityDimension(JsonPointer.Member(raw.Path, "amount"), raw.AmountText, descriptor.AmountUnit));
        }
        else if (raw.Amount.Value < 0)
        {
            diagnostics.Add(ProjectDiagnostics.Negative(JsonPointer.Member(raw.Path, "amount"), raw.AmountText));
        }

        var byName = descriptor.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var values = ImmutableDictionary.CreateBuilder<string, ParameterValue>(StringComparer.Ordinal);
        var parametersPath = JsonPointer.Member(raw.Path, "parameters");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var nulls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in raw.Parameters.EnumerateObject())
        {
            var path = JsonPointer.Member(parametersPath, member.Name);
            if (!seen.Add(member.Name))
            {
                diagnostics.Add(ProjectDiagnostics.DuplicateMember(path, member.Name));
                continue;
            }

            if (!byName.TryGetValue(member.Name, out var parameter))
            {
                diagnostics.Add(EngineDiagnostics.UnknownParameter(path, member.Name, string.Join(", ", descriptor.Parameters.Select(p => p.Name))));
                continue;
            }

            // null is no value: an optional parameter given as null is absent, a required one is missing (below).
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                nulls.Add(member.Name);
                continue;
            }

            var value = BindValue(parameter, member.Value, path, diagnostics);
            if (value is not null)
            {
                values[member.Name] = value;
            }
        }

        foreach (var parameter in descriptor.Parameters.Where(p => p.Required && (!seen.Contains(p.Name) || nulls.Contains(p.Name))))
        {
            var path = JsonPointer.Member(parametersPath, parameter.Name);
            diagnostics.Add(nulls.Contains(parameter.Name)
                ? EngineDiagnostics.NullParameter(path, parameter.Name, parameter.Description.Zh, parameter.Description.En)
                : EngineDiagnostics.MissingParameter(path, parameter.Name, parameter.Description.Zh, parameter.Description.En));
        }

        if (diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) > errorsBefore)
        {
            return null;
        }

        return new ActivityInput
        {
            Kind = raw.Kind,
            Amount = raw.Amount,
            AmountText = raw.AmountText,
            Path = raw.Path,
            Label = raw.Label,
            Parameters = values.ToImmutable(),
        };
    }

    private static ParameterValue? BindValue(ParameterDescriptor parameter, JsonElement v, string path, List<Diagnostic> diagnostics)
    {
        var raw = v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();
        switch (parameter.Type)
        {
            case ParameterType.Quantity:
            case ParameterType.Number:
                {
                    var expected = parameter.Type == ParameterType.Number ? Dimension.None : parameter.Dimension ?? Dimension.None;
                    var read = QuantityReading.Read(v, path, expected, parameter.Unit ?? "1", allowNegative: true, diagnostics);
                    if (read is null)
                    {
                        return null;
                    }

                    var q = read.Value.Quantity;
                    if ((parameter.Minimum is { } min && q.Value < min) || (parameter.Maximum is { } max && q.Value > max))
                    {
                        diagnostics.Add(EngineDiagnostics.ParameterRange(path, parameter.Name, read.Value.Text));
                        return null;
                    }

                    return new ParameterValue { Type = parameter.Type, Path = path, Raw = read.Value.Text, Quantity = q };
                }

            case ParameterType.Text:
                if (v.ValueKind != JsonValueKind.String)
                {
                    diagnostics.Add(EngineDiagnostics.ParameterType(path, parameter.Name, "string"));
                    return null;
                }

                return new ParameterValue { Type = parameter.Type, Path = path, Raw = raw, Text = raw };

            case ParameterType.Boolean:
                if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    diagnostics.Add(EngineDiagnostics.ParameterType(path, parameter.Name, "true/false"));
                    return null;
                }

                return new ParameterValue { Type = parameter.Type, Path = path, Raw = raw, Boolean = v.GetBoolean() };

            case ParameterType.Choice:
                if (v.ValueKind != JsonValueKind.String)
                {
                    diagnostics.Add(EngineDiagnostics.ParameterType(path, parameter.Name, "string"));
                    return null;
                }

                if (!parameter.AllowedValues.Contains(raw, StringComparer.Ordinal))
                {
                    diagnostics.Add(EngineDiagnostics.ParameterChoice(path, raw, string.Join(", ", parameter.AllowedValues)));
                    return null;
                }

                return new ParameterValue { Type = parameter.Type, Path = path, Raw = raw, Text = raw };

            case ParameterType.Shares:
                return BindShares(parameter, v, path, raw, diagnostics);

            case ParameterType.Json:
                return new ParameterValue { Type = parameter.Type, Path = path, Raw = raw, Json = v.Clone() };

            default:
                diagnostics.Add(EngineDiagnostics.ParameterType(path, parameter.Name, parameter.Type.ToString()));
                return null;
        }
    }

    private static ParameterValue? BindShares(ParameterDescriptor parameter, JsonElement v, string path, string raw, List<Diagnostic> diagnostics)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(EngineDiagnostics.ParameterType(path, parameter.Name, "object of shares, e.g. {\"solid-storage\": \"100 %\"}"));
            return null;
        }

        var shares = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var ok = true;
        var sum = 0.0;
        foreach (var member in v.EnumerateObject())
        {
            var mpath = JsonPointer.Member(path, member.Name);
            if (parameter.AllowedValues.Length > 0 && !parameter.AllowedValues.Contains(member.Name, StringComparer.Ordinal))
            {
                diagnostics.Add(EngineDiagnostics.ParameterChoice(mpath, member.Name, string.Join(", ", parameter.AllowedValues)));
                ok = false;
                continue;
            }

            var read = QuantityReading.Read(member.Value, mpath, Dimension.None, "50 %", allowNegative: false, diagnostics);
            if (read is null)
            {
                ok = false;
                continue;
            }

            if (read.Value.Quantity.Value > 1)
            {
                diagnostics.Add(ProjectDiagnostics.FractionOutOfRange(mpath, read.Value.Text));
                ok = false;
                continue;
            }

            if (!shares.TryAdd(member.Name, read.Value.Quantity.Value))
            {
                diagnostics.Add(ProjectDiagnostics.DuplicateMember(mpath, member.Name));
                ok = false;
                continue;
            }

            sum += read.Value.Quantity.Value;
        }

        if (ok && Math.Abs(sum - 1) > SharesTolerance)
        {
            diagnostics.Add(EngineDiagnostics.SharesSum(path, parameter.Name, sum.ToString("R", CultureInfo.InvariantCulture)));
            ok = false;
        }

        return ok ? new ParameterValue { Type = ParameterType.Shares, Path = path, Raw = raw, Shares = shares.ToImmutable() } : null;
    }
}
