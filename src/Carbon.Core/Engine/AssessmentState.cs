using System.Collections.Immutable;
using Carbon.Energy;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk.Benchmarks;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Factors;

namespace Carbon.Engine;

/// <summary>
/// What the later stages (baselines, review, zoning) read: the project and the results of the stages before them.
/// Each stage reads earlier results only; none reaches back.
/// </summary>
/// <param name="Project">The project.</param>
/// <param name="AsOf">The date data validity is judged on (review date, else 1 January of the reporting year).</param>
/// <param name="Energy">The energy accounting (per line and totals).</param>
/// <param name="EnergyReport">The energy section as reported (unit consumption included).</param>
/// <param name="Emissions">The emissions section as reported.</param>
/// <param name="Facts">One fact per key: project-declared facts win; plugin facts from several lines combined as each declares (<see cref="FactCombiner"/>).</param>
/// <param name="FactReports">The same facts as reported.</param>
/// <param name="Benchmarks">Every benchmark table of every loaded data set.</param>
/// <param name="Factors">The factor catalogue (core, plugin and additional data sets).</param>
internal sealed record AssessmentState(
    Project Project,
    DateOnly AsOf,
    EnergyResult Energy,
    EnergyReport EnergyReport,
    EmissionsReport Emissions,
    ImmutableArray<(Fact Fact, string Origin)> Facts,
    ImmutableArray<FactReport> FactReports,
    ImmutableArray<BenchmarkTable> Benchmarks,
    IFactorResolver Factors);
