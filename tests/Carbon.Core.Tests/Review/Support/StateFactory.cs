using Carbon.Energy;
using Carbon.Engine;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Factors;

namespace Carbon.Core.Tests.Review.Support;

/// <summary>An empty assessment state, for stage tests that do not go through the engine (e.g. defective review data).</summary>
internal static class StateFactory
{
    public static AssessmentState State(params EnergyLineResult[] lines)
    {
        var project = new Project
        {
            SchemaVersion = "1",
            Id = "empty",
            Name = new LocalizedText("空项目", "empty project"),
            Nature = ProjectNature.New,
            ReportingYear = 2024,
            ReviewDate = new DateOnly(2024, 3, 1),
        };
        var tce = lines.Sum(l => l.EquivalentTce);
        var fossil = lines.Where(l => l.Carrier.Fossil).Sum(l => l.EquivalentTce);
        var totals = new EnergyTotals(tce, tce, fossil, 0, tce - fossil, 0, tce, 0);
        return new AssessmentState(
            project with { Energy = [.. lines.Select(l => l.Line)] },
            new DateOnly(2024, 3, 1),
            new EnergyResult([.. lines], totals),
            new EnergyReport(totals, [], []),
            new EmissionsReport("AR5", new EmissionTotals(0, 0, 0, 0), [], [], []),
            [],
            [],
            [],
            new NoFactors());
    }

    /// <summary>A raw-coal line of the given tonnes and tce.</summary>
    public static EnergyLineResult CoalLine(double tonnes, double tce) => new(
        new EnergyLine { Carrier = "coal.raw", Amount = Carbon.Sdk.Units.Quantity.Of(tonnes, "t"), AmountText = tonnes + " t", Path = "/energy/0" },
        new Carrier("coal.raw", new LocalizedText("原煤", "raw coal"), CarrierKind.Fuel, Carbon.Sdk.Units.Dimension.OfMass, "t", true),
        tonnes,
        tce,
        tce,
        0,
        new Carbon.Sdk.Activities.Trace("test", [], []));

    private sealed class NoFactors : IFactorResolver
    {
        public bool TryResolve(in FactorQuery query, out FactorRecord record)
        {
            record = null!;
            return false;
        }
    }
}
