using System.Collections.Immutable;
using Carbon.Plugins.Concrete.Diagnostics;
using Carbon.Plugins.Concrete.Embodied;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.ReadyMix;

/// <summary>
/// Calculates a <c>concrete.ready-mix</c> line. Mixing has no calcination (ghg-methods.md §3.1), so the line emits
/// no gas at all: the station's operational emissions and its unit energy per stage come from the project's
/// <c>energy[]</c> lines, computed by the core. The line reports the output indicator, the station's facts and, when
/// <c>embodied</c> is given, the cradle-to-gate product footprint as indicators.
/// </summary>
/// <param name="settings">The host settings.</param>
internal sealed class ReadyMixCalculator(ConcreteSettings settings) : IActivityCalculator
{
    /// <summary>The id of the output indicator.</summary>
    public const string OutputIndicatorId = "concrete.output";

    /// <inheritdoc />
    public ActivityResult Calculate(ActivityInput input, ICalculationContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);

        var method = context.MethodFor(ConcreteMetadata.PluginId);
        if (method is not null && !string.Equals(method, ConcreteMetadata.Gb36888, StringComparison.Ordinal))
        {
            return ActivityResult.Failed(ConcreteDiagnostics.MethodologyUnknown(method));
        }

        var amountPath = input.Path + "/amount";
        if (!input.Amount.Is(Dimension.OfVolume))
        {
            return ActivityResult.Failed(ConcreteDiagnostics.AmountIsNotVolume(amountPath, input.AmountText));
        }

        if (!double.IsFinite(input.Amount.Value) || input.Amount.Value <= 0)
        {
            return ActivityResult.Failed(ConcreteDiagnostics.AmountIsNotPositive(amountPath, input.AmountText));
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var facts = ImmutableArray.CreateBuilder<Fact>();
        var indicators = ImmutableArray.CreateBuilder<Indicator>();

        var strengthClass = ReadStrengthClass(input, diagnostics);
        StationFactsReader.Read(input, facts, diagnostics);
        indicators.Add(OutputIndicator(input, strengthClass));

        if (input.TryGet(ReadyMixKind.Parameters.Embodied, out var embodied))
        {
            if (embodied.Type != ParameterType.Json)
            {
                diagnostics.Add(ConcreteDiagnostics.WrongType(embodied.Path, ReadyMixKind.Parameters.Embodied, "a JSON object"));
            }
            else if (!HasErrors(diagnostics))
            {
                var request = EmbodiedRequestReader.Read(embodied, settings, diagnostics);
                if (request is not null)
                {
                    indicators.AddRange(EmbodiedFootprintCalculator.Calculate(input, request, strengthClass, context, settings, diagnostics));
                }
            }
        }

        if (HasErrors(diagnostics))
        {
            // An error means nothing is taken from the line; every problem found is reported at once.
            return new ActivityResult { Diagnostics = diagnostics.ToImmutable(), Methodology = ConcreteMetadata.Gb36888 };
        }

        return new ActivityResult
        {
            Indicators = indicators.ToImmutable(),
            Facts = facts.ToImmutable(),
            Diagnostics = diagnostics.ToImmutable(),
            Methodology = ConcreteMetadata.Gb36888,
        };
    }

    private static bool HasErrors(ImmutableArray<Diagnostic>.Builder diagnostics) =>
        diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    private static string? ReadStrengthClass(ActivityInput input, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (!input.TryGet(ReadyMixKind.Parameters.StrengthClass, out var value))
        {
            return null;
        }

        if (value.Type != ParameterType.Choice)
        {
            diagnostics.Add(ConcreteDiagnostics.WrongType(value.Path, ReadyMixKind.Parameters.StrengthClass, "one of C15…C80"));
            return null;
        }

        if (!StrengthClasses.IsKnown(value.Text))
        {
            diagnostics.Add(ConcreteDiagnostics.StrengthClassUnknown(value.Path, value.Raw));
            return null;
        }

        return value.Text;
    }

    /// <summary>The line's output, by strength class when given: a figure beside the emissions, never added to them.</summary>
    private static Indicator OutputIndicator(ActivityInput input, string? strengthClass)
    {
        var name = strengthClass is null
            ? new LocalizedText("预拌混凝土产量（未分强度等级）", "Ready-mix concrete output (no strength class given)")
            : new LocalizedText($"预拌混凝土产量（{strengthClass}）", $"Ready-mix concrete output ({strengthClass})");
        var trace = new Trace(
            "V = amount",
            [new TraceInput("V", input.Amount.Value, "m³", InputOrigin.Project, input.Path + "/amount")],
            [],
            new LocalizedText("按填写：" + input.AmountText, "As written: " + input.AmountText));
        return new Indicator(OutputIndicatorId, name, input.Amount.Value, "m³", trace);
    }
}
