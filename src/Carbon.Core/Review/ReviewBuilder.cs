using System.Collections.Immutable;
using System.Globalization;
using Carbon.Engine;
using Carbon.Reports;
using Carbon.Review.Content;
using Carbon.Review.EnergySaving;
using Carbon.Review.RegionalImpact;
using Carbon.Review.Regimes;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Review;

/// <summary>
/// Builds the review section: picks the regime in force on the review date, applies its increment rule and tier rules,
/// and adds the report contents, the m/n indices and the energy-saving amount.
/// </summary>
internal static class ReviewBuilder
{
    public static ReviewReport Build(AssessmentState state, RegimeCatalog regimes, MnGradeCatalog grades, List<Diagnostic> diagnostics)
    {
        var regime = PickRegime(state, regimes, diagnostics);
        ReviewRegimeReport? regimeReport = null;
        RegimeOutcome? outcome = null;
        ComparedEnergyReport? comparedReport = null;
        if (regime is not null)
        {
            var compared = ComparedEnergy.Decide(regime, state.Project, state.Energy, diagnostics);
            outcome = RegimeEvaluator.Evaluate(regimes, regime, state, compared, diagnostics);
            regimeReport = RegimeReport(regime);
            comparedReport = new ComparedEnergyReport(
                compared.Increment ? "increment" : "total",
                ReportNumber.Clean(compared.Tce),
                ReportNumber.Clean(compared.TotalTce),
                ReportNumber.Clean(compared.ExistingTce),
                RegimeEvaluator.Message(compared.Why),
                TraceReport.From(compared.Trace));
        }

        return new ReviewReport(
            regimeReport,
            outcome?.Tier,
            regime is null ? null : regime.TierKind == TierKind.Document ? "document" : "reviewer",
            outcome?.DecidedBy,
            outcome?.Authority,
            comparedReport,
            outcome?.Reasons ?? [],
            outcome?.Notes ?? [],
            ReviewContentBuilder.Build(state, diagnostics),
            RegionalImpactCalculator.Compute(state, grades, diagnostics),
            EnergySavingCalculator.Compute(state, diagnostics),
            [
                new DataSetReport(regimes.Id, regimes.Version, RegimeEvaluator.Message(regimes.Title), regimes.ContentHash),
                new DataSetReport(grades.Id, grades.Version, RegimeEvaluator.Message(grades.Title), grades.ContentHash),
            ]);
    }

    private static ReviewRegime? PickRegime(AssessmentState state, RegimeCatalog regimes, List<Diagnostic> diagnostics)
    {
        if (state.Project.ReviewDate is not { } date)
        {
            diagnostics.Add(ReviewDiagnostics.NoReviewDate());
            return null;
        }

        var regime = regimes.RegimeOn(date);
        if (regime is null)
        {
            diagnostics.Add(ReviewDiagnostics.BeforeFirstRegime(Date(date), Date(regimes.EarliestDate)));
            return null;
        }

        if (regime.HasUncertainDates)
        {
            diagnostics.Add(ReviewDiagnostics.RegimeDatesUncertain(
                regime.Id,
                regime.EffectiveFrom.Date is { } f ? Date(f) : "—",
                regime.EffectiveFrom.Status.ToName(),
                regime.EffectiveTo.Date is { } t ? Date(t) : "—",
                regime.EffectiveTo.Status.ToName()));
        }

        return regime;
    }

    private static ReviewRegimeReport RegimeReport(ReviewRegime r) => new(
        r.Id,
        RegimeEvaluator.Message(r.Instrument),
        Date(r.EffectiveFrom.Date!.Value),
        r.EffectiveFrom.Status.ToName(),
        r.EffectiveTo.Date is { } to ? Date(to) : null,
        r.EffectiveTo.Status.ToName(),
        r.ElectricityBasis.Basis,
        r.ElectricityBasis.Status.ToName(),
        RegimeEvaluator.Message(r.ElectricityBasis.Wording),
        new IncrementRuleReport(
            r.Increment.Kind == IncrementRuleKind.IncrementForNatures ? "increment-for-natures" : "not-established",
            r.Increment.Natures,
            r.Increment.RequiresSiteProcessEquipmentUnchanged,
            r.Increment.Wording is { } w ? RegimeEvaluator.Message(w) : null,
            r.Increment.Interpretation is { } i ? RegimeEvaluator.Message(i) : null,
            r.Increment.Status.ToName()),
        r.Status.ToName(),
        Citation.Format(r.Source));

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
