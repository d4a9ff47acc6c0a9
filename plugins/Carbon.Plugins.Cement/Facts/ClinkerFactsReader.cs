using System.Collections.Immutable;
using Carbon.Plugins.Cement.Activities;
using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Facts;

/// <summary>The facts a cement.clinker line gives for zoning rules, whatever the methodology.</summary>
internal static class ClinkerFactsReader
{
    /// <summary>Reads capacity, kiln type and capacity-replacement sources into facts.</summary>
    /// <param name="reader">The line reader.</param>
    /// <returns>The facts.</returns>
    public static ImmutableArray<Fact> Read(LineReader reader)
    {
        var facts = ImmutableArray.CreateBuilder<Fact>();

        // A line that makes clinker has a kiln, so the project is not a grinding station only.
        facts.Add(new Fact(CementFactKeys.GrindingStationOnly, FactValue.Of(false), reader.Input.Path));

        var capacity = reader.NonNegative(CementParameters.ClinkerCapacity, Dimension.OfMass / Dimension.OfTime, "t/d");
        if (capacity is { } c)
        {
            facts.Add(new Fact(CementFactKeys.ClinkerCapacity, FactValue.Of(new Quantity(c.Value, Dimension.OfMass / Dimension.OfTime)), c.Path));
        }

        if (reader.Choice(CementParameters.KilnType, CementChoices.KilnTypes) is { } kiln)
        {
            facts.Add(new Fact(CementFactKeys.KilnType, FactValue.Of(kiln), reader.PathOf(CementParameters.KilnType)));
        }

        CapacityReplacementReader.Read(reader, capacity, facts);
        return facts.ToImmutable();
    }
}
