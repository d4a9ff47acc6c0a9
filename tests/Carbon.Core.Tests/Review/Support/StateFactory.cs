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
    public static AssessmentState State()
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
        var totals = new EnergyTotals(0, 0, 0, 0, 0, 0, 0, 0);
        return new AssessmentState(
            project,
            new DateOnly(2024, 3, 1),
            new EnergyResult([], totals),
            new EnergyReport(totals, [], []),
            new EmissionsReport("AR5", new EmissionTotals(0, 0, 0, 0), [], [], []),
            [],
            [],
            [],
            new NoFactors());
    }

    private sealed class NoFactors : IFactorResolver
    {
        public bool TryResolve(in FactorQuery query, out FactorRecord record)
        {
            record = null!;
            return false;
        }
    }
}
