using System.Collections.Immutable;
using Carbon.Plugins.Concrete.Diagnostics;
using Carbon.Plugins.Concrete.Facts;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.ReadyMix;

/// <summary>
/// Turns a ready-mix line's station parameters into facts for zoning rules. Only what the project gave becomes a
/// fact; nothing is defaulted or estimated (in particular no dust figure is ever computed: no dust coefficients are
/// confirmed, ghg-methods.md §3.4).
/// </summary>
internal static class StationFactsReader
{
    private static readonly (string Parameter, string Fact)[] Booleans =
    [
        (ReadyMixKind.Parameters.EnclosedStorage, ConcreteFactKeys.EnclosedStorage),
        (ReadyMixKind.Parameters.EnclosedMixing, ConcreteFactKeys.EnclosedMixing),
        (ReadyMixKind.Parameters.DustCollectors, ConcreteFactKeys.DustCollectors),
        (ReadyMixKind.Parameters.WashWaterRecycling, ConcreteFactKeys.WashWaterRecycling),
        (ReadyMixKind.Parameters.InPark, ConcreteFactKeys.InPark),
        (ReadyMixKind.Parameters.UpgradeOfExisting, ConcreteFactKeys.UpgradeOfExisting),
    ];

    /// <summary>Reads the station facts of one line.</summary>
    /// <param name="input">The line.</param>
    /// <param name="facts">Receives the facts.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    public static void Read(ActivityInput input, ImmutableArray<Fact>.Builder facts, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (var (parameter, fact) in Booleans)
        {
            if (input.TryGet(parameter, out var value))
            {
                if (value.Type != ParameterType.Boolean)
                {
                    diagnostics.Add(ConcreteDiagnostics.WrongType(value.Path, parameter, "true/false"));
                    continue;
                }

                facts.Add(new Fact(fact, FactValue.Of(value.Boolean), value.Path));
            }
        }

        ReadMixingLines(input, facts, diagnostics);
        ReadDistance(input, facts, diagnostics);
        ReadDust(input, facts, diagnostics);
    }

    private static void ReadMixingLines(ActivityInput input, ImmutableArray<Fact>.Builder facts, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (!input.TryGet(ReadyMixKind.Parameters.MixingLines, out var value))
        {
            return;
        }

        if (value.Type != ParameterType.Number && value.Type != ParameterType.Quantity)
        {
            diagnostics.Add(ConcreteDiagnostics.WrongType(value.Path, ReadyMixKind.Parameters.MixingLines, "a number"));
            return;
        }

        var lines = value.Number;
        if (!value.Quantity.Is(Dimension.None) || !double.IsFinite(lines) || lines < 1 || Math.Floor(lines) != lines)
        {
            diagnostics.Add(ConcreteDiagnostics.MixingLinesInvalid(value.Path, value.Raw));
            return;
        }

        facts.Add(new Fact(ConcreteFactKeys.MixingLines, FactValue.Of(new Quantity(lines, Dimension.None)), value.Path));
    }

    private static void ReadDistance(ActivityInput input, ImmutableArray<Fact>.Builder facts, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (!input.TryGet(ReadyMixKind.Parameters.DistanceToHomes, out var value))
        {
            return;
        }

        if (value.Type != ParameterType.Quantity)
        {
            diagnostics.Add(ConcreteDiagnostics.WrongType(value.Path, ReadyMixKind.Parameters.DistanceToHomes, "a length such as \"350 m\""));
            return;
        }

        if (!value.Quantity.Is(Dimension.OfLength) || !double.IsFinite(value.Number) || value.Number < 0)
        {
            diagnostics.Add(ConcreteDiagnostics.DistanceInvalid(value.Path, value.Raw));
            return;
        }

        facts.Add(new Fact(ConcreteFactKeys.DistanceToHomes, FactValue.Of(value.Quantity), value.Path));
    }

    private static void ReadDust(ActivityInput input, ImmutableArray<Fact>.Builder facts, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var hasFigure = input.TryGet(ReadyMixKind.Parameters.DustEmission, out var figure);
        var hasBasis = input.TryGet(ReadyMixKind.Parameters.DustEmissionBasis, out var basis);
        var figureRead = false;
        if (hasFigure)
        {
            if (figure.Type != ParameterType.Quantity)
            {
                diagnostics.Add(ConcreteDiagnostics.WrongType(figure.Path, ReadyMixKind.Parameters.DustEmission, "a yearly mass such as \"1.2 t/a\""));
            }
            else if (!figure.Quantity.Is(Dimension.OfMass / Dimension.OfTime) || !double.IsFinite(figure.Number) || figure.Number < 0)
            {
                diagnostics.Add(ConcreteDiagnostics.DustEmissionInvalid(figure.Path, figure.Raw));
            }
            else
            {
                facts.Add(new Fact(ConcreteFactKeys.DustEmission, FactValue.Of(figure.Quantity), figure.Path));
                figureRead = true;
            }
        }

        if (hasBasis)
        {
            if (basis.Type != ParameterType.Choice || basis.Text is not ("measured" or "permitted"))
            {
                diagnostics.Add(ConcreteDiagnostics.WrongType(basis.Path, ReadyMixKind.Parameters.DustEmissionBasis, "\"measured\" or \"permitted\""));
            }
            else if (!hasFigure)
            {
                diagnostics.Add(ConcreteDiagnostics.DustFigureIsMissing(basis.Path));
            }
            else if (figureRead)
            {
                facts.Add(new Fact(ConcreteFactKeys.DustEmissionBasis, FactValue.Of(basis.Text), basis.Path));
            }
        }
        else if (figureRead)
        {
            diagnostics.Add(ConcreteDiagnostics.DustBasisIsMissing(figure.Path));
        }
    }
}
