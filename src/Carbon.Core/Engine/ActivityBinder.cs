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

    /// <summary>Binds a line against a descriptor indexed on the spot (tests; the engine indexes each kind once).</summary>
    public static ActivityInput? Bind(RawActivity raw, ActivityKindDescriptor descriptor, List<Diagnostic> diagnostics) =>
        Bind(raw, BoundDescriptor.Of(descriptor), diagnostics);

    public static ActivityInput? Bind(RawActivity raw, BoundDescriptor bound, List<Diagnostic> diagnostics)
    {
        var descriptor = bound.Descriptor;
        // Only this line's diagnostics decide whether it binds: scanning the whole list per line would make a project of
        // many lines quadratic in its diagnostics.
        var firstOfLine = diagnostics.Count;
        if (raw.Amount.Dimension != descriptor.AmountDimension)
        {
            diagnostics.Add(EngineDiagnostics.ActivityDimension(JsonPointer.Member(raw.Path, "amount"), raw.AmountText, descriptor.AmountUnit));
        }
        else if (raw.Amount.Value < 0)
        {
            diagnostics.Add(ProjectDiagnostics.Negative(JsonPointer.Member(raw.Path, "amount"), raw.AmountText));
        }

        var values = ImmutableDictionary.CreateBuilder<string, ParameterValue>(StringComparer.Ordinal);
        var parametersPath = JsonPointer.Member(raw.Path, "parameters");
        // Per parameter: 0 not given, 1 given, 2 given as null. Unknown names are remembered only when there are some.
        var count = bound.Parameters.Length;
        Span<byte> given = count <= 64 ? stackalloc byte[count] : new byte[count];
        HashSet<string>? unknown = null;
        foreach (var member in raw.Parameters.EnumerateObject())
        {
            var index = bound.IndexOf(member);
            if (index < 0)
            {
                var name = member.Name;
                var unknownPath = JsonPointer.Member(parametersPath, name);
                diagnostics.Add((unknown ??= new HashSet<string>(StringComparer.Ordinal)).Add(name)
                    ? EngineDiagnostics.UnknownParameter(unknownPath, name, bound.KnownNames)
                    : ProjectDiagnostics.DuplicateMember(unknownPath, name));
                continue;
            }

            var parameter = bound.Parameters[index];
            var path = parametersPath + bound.Segments[index];
            if (given[index] != 0)
            {
                diagnostics.Add(ProjectDiagnostics.DuplicateMember(path, parameter.Name));
                continue;
            }

            // null is no value: an optional parameter given as null is absent, a required one is missing (below).
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                given[index] = 2;
                continue;
            }

            given[index] = 1;
            var value = BindValue(parameter, member.Value, path, diagnostics);
            if (value is not null)
            {
                values[parameter.Name] = value;
            }
        }

        foreach (var index in bound.Required)
        {
            if (given[index] == 1)
            {
                continue;
            }

            var parameter = bound.Parameters[index];
            var path = parametersPath + bound.Segments[index];
            diagnostics.Add(given[index] == 2
                ? EngineDiagnostics.NullParameter(path, parameter.Name, parameter.Description.Zh, parameter.Description.En)
                : EngineDiagnostics.MissingParameter(path, parameter.Name, parameter.Description.Zh, parameter.Description.En));
        }

        if (HasErrorSince(diagnostics, firstOfLine))
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

    private static bool HasErrorSince(List<Diagnostic> diagnostics, int first)
    {
        for (var i = first; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static ParameterValue? BindValue(ParameterDescriptor parameter, JsonElement v, string path, List<Diagnostic> diagnostics)
    {
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

                var text = v.GetString()!;
                return new ParameterValue { Type = parameter.Type, Path = path, Raw = text, Text = text };

            case ParameterType.Boolean:
                if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    diagnostics.Add(EngineDiagnostics.ParameterType(path, parameter.Name, "true/false"));
                    return null;
                }

                return new ParameterValue { Type = parameter.Type, Path = path, Raw = v.GetRawText(), Boolean = v.GetBoolean() };

            case ParameterType.Choice:
                if (v.ValueKind != JsonValueKind.String)
                {
                    diagnostics.Add(EngineDiagnostics.ParameterType(path, parameter.Name, "string"));
                    return null;
                }

                var choice = v.GetString()!;
                if (!parameter.AllowedValues.Contains(choice, StringComparer.Ordinal))
                {
                    diagnostics.Add(EngineDiagnostics.ParameterChoice(path, choice, string.Join(", ", parameter.AllowedValues)));
                    return null;
                }

                return new ParameterValue { Type = parameter.Type, Path = path, Raw = choice, Text = choice };

            case ParameterType.Shares:
                return BindShares(parameter, v, path, Raw(v), diagnostics);

            case ParameterType.Json:
                return new ParameterValue { Type = parameter.Type, Path = path, Raw = Raw(v), Json = v.Clone() };

            default:
                diagnostics.Add(EngineDiagnostics.ParameterType(path, parameter.Name, parameter.Type.ToString()));
                return null;
        }
    }

    /// <summary>The value as written: a string's text, anything else's JSON.</summary>
    private static string Raw(JsonElement v) => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();

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
