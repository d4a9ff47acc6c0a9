using Carbon.Sdk.Activities;
using Carbon.Sdk.Plugins;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Testing.Internal;

/// <summary>Checks that every activity kind is documented in both languages with units that read.</summary>
internal static class ActivityKindChecks
{
    public static IEnumerable<string> Check(ISectorPlugin plugin)
    {
        var id = plugin.Metadata.Id;
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        if (plugin.ActivityKinds.Count == 0)
        {
            yield return "The plugin declares no activity kinds.";
        }

        foreach (var kind in plugin.ActivityKinds)
        {
            var k = $"Kind '{kind.Kind}'";
            if (!kinds.Add(kind.Kind))
            {
                yield return $"{k} is declared twice.";
            }

            if (!kind.Kind.StartsWith(id + ".", StringComparison.Ordinal) || kind.Kind.Length == id.Length + 1)
            {
                yield return $"{k} must start with the plugin id and a dot ('{id}.…').";
            }

            if (kind.Name is null || !kind.Name.IsComplete || kind.Description is null || !kind.Description.IsComplete)
            {
                yield return $"{k}: Name and Description need both zh and en.";
            }

            if (!QuantityParser.TryParseUnit(kind.AmountUnit, out var unit, out _))
            {
                yield return $"{k}: AmountUnit '{kind.AmountUnit}' is not a unit Carbon reads.";
            }
            else if (unit.Dimension != kind.AmountDimension)
            {
                yield return $"{k}: AmountUnit '{kind.AmountUnit}' has dimension {unit.Dimension}, but AmountDimension is {kind.AmountDimension}.";
            }

            if (plugin.GetCalculator(kind.Kind) is null)
            {
                yield return $"{k} has no calculator.";
            }

            foreach (var problem in Parameters(k, kind))
            {
                yield return problem;
            }
        }

        if (plugin.GetCalculator(id + ".no-such-kind-" + Guid.Empty.ToString("N")) is not null)
        {
            yield return "GetCalculator returns a calculator for a kind the plugin does not declare; it must return null.";
        }
    }

    private static IEnumerable<string> Parameters(string k, ActivityKindDescriptor kind)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in kind.Parameters)
        {
            var label = $"{k}, parameter '{p.Name}'";
            if (string.IsNullOrWhiteSpace(p.Name) || !names.Add(p.Name))
            {
                yield return $"{label}: the name is blank or used twice.";
            }

            if (p.Description is null || !p.Description.IsComplete)
            {
                yield return $"{label}: Description needs both zh and en.";
            }

            if (!Enum.IsDefined(p.Type))
            {
                yield return $"{label}: unknown type {p.Type}.";
            }

            if (p.Type == ParameterType.Quantity)
            {
                if (p.Dimension is null)
                {
                    yield return $"{label}: a quantity needs its Dimension.";
                }

                if (string.IsNullOrWhiteSpace(p.Unit))
                {
                    yield return $"{label}: a quantity needs the Unit to write it in.";
                }
                else if (!QuantityParser.TryParseUnit(p.Unit, out var unit, out _))
                {
                    yield return $"{label}: Unit '{p.Unit}' is not a unit Carbon reads.";
                }
                else if (p.Dimension is { } d && unit.Dimension != d)
                {
                    yield return $"{label}: Unit '{p.Unit}' has dimension {unit.Dimension}, but Dimension is {d}.";
                }
            }

            if (p.Type == ParameterType.Number && p.Unit is not null
                && (!QuantityParser.TryParseUnit(p.Unit, out var numberUnit, out _) || !numberUnit.Dimension.IsNone))
            {
                yield return $"{label}: a number's Unit must be a pure-number unit such as 1 or %.";
            }

            if (p.Type is ParameterType.Choice && p.AllowedValues.IsDefaultOrEmpty)
            {
                yield return $"{label}: a choice needs AllowedValues.";
            }

            if (p.Minimum is { } min && p.Maximum is { } max && min > max)
            {
                yield return $"{label}: Minimum is above Maximum.";
            }
        }
    }
}
