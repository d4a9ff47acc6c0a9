using System.Collections.Immutable;
using Carbon.Energy;
using Carbon.Projects;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Review.Regimes;

/// <summary>The comprehensive energy a regime's thresholds compare: the full post-commissioning total or its increment.</summary>
/// <param name="Increment">Whether the increment was taken.</param>
/// <param name="Tce">The value compared, tce (当量值).</param>
/// <param name="TotalTce">The project's total, tce.</param>
/// <param name="ExistingTce">The existing facility's annual energy, when the increment was taken.</param>
/// <param name="Why">Why this basis.</param>
/// <param name="Trace">How it was computed.</param>
internal sealed record ComparedEnergy(bool Increment, double Tce, double TotalTce, double? ExistingTce, LocalizedText Why, Trace Trace)
{
    /// <summary>The natures that describe work on an existing facility (改建, 扩建, 技术改造).</summary>
    private static readonly ImmutableArray<ProjectNature> ExistingFacilityNatures = [ProjectNature.Rebuild, ProjectNature.Expansion, ProjectNature.TechnicalUpgrade];

    /// <summary>Applies a regime's increment rule to the project (energy.md §1.1).</summary>
    public static ComparedEnergy Decide(ReviewRegime regime, Project project, EnergyResult energy, List<Diagnostic> diagnostics)
    {
        var total = energy.Totals.EquivalentTce;
        var totalInputs = energy.Lines
            .Select(l => new TraceInput(l.Line.Label is null ? l.Carrier.Id : l.Carrier.Id + " (" + l.Line.Label + ")", l.EquivalentTce, "tce", InputOrigin.Derived, l.Line.Path))
            .ToImmutableArray();
        var totalTrace = new Trace(
            "Σ tce",
            totalInputs,
            [],
            new LocalizedText("综合能耗（当量值）：各能源行之和，输出为负", "comprehensive energy at the equivalent value: the sum of the energy lines, exports negative"));
        var rule = regime.Increment;
        var nature = project.Nature.ToName();

        ComparedEnergy Full(LocalizedText why) => new(false, total, total, null, why, totalTrace);

        if (rule.Kind == IncrementRuleKind.NotEstablished)
        {
            if (ExistingFacilityNatures.Contains(project.Nature))
            {
                diagnostics.Add(ReviewDiagnostics.IncrementNotEstablished(regime.Id, nature));
            }

            return Full(rule.Note ?? new LocalizedText("按建成投产后年综合能源消费量计。", "The full post-commissioning annual consumption is compared."));
        }

        if (!rule.Natures.Contains(nature))
        {
            return Full(new LocalizedText(
                $"项目性质“{nature}”不适用增量规则，按建成投产后年综合能源消费量计。",
                $"The increment rule does not cover a '{nature}' project, so the full post-commissioning annual consumption is compared."));
        }

        var existingPath = project.Existing?.Path ?? "/existing";
        if (rule.RequiresSiteProcessEquipmentUnchanged)
        {
            switch (project.Existing?.SiteProcessEquipmentUnchanged)
            {
                case null:
                    diagnostics.Add(ReviewDiagnostics.IncrementNeedsUnchangedStatement(existingPath + "/siteProcessEquipmentUnchanged"));
                    return Full(new LocalizedText(
                        "未说明建设地点、主要工艺和设备是否均未改变，按建成投产后年综合能源消费量计（较严）。",
                        "Whether site, main process and equipment are all unchanged is not stated, so the full annual consumption is compared (the stricter reading)."));
                case false:
                    return Full(new LocalizedText(
                        "建设地点、主要工艺或设备有改变，按建成投产后年综合能源消费量计。",
                        "The site, main process or equipment changes, so the full post-commissioning annual consumption is compared."));
            }
        }

        if (project.Existing?.AnnualEnergy is not { } existingQuantity)
        {
            diagnostics.Add(ReviewDiagnostics.IncrementNeedsExistingEnergy(existingPath + "/annualEnergy", regime.Id));
            return Full(new LocalizedText(
                "应按增量计，但未给出现有设施年综合能耗，暂按建成投产后年综合能源消费量计（较严）。",
                "The increment counts, but the existing facility's annual energy is not given, so the full annual consumption is compared (the stricter reading)."));
        }

        var existing = existingQuantity.In("tce");
        var increment = total - existing;
        var trace = new Trace(
            "Σ tce − existing",
            [.. totalInputs, new TraceInput("existing", existing, "tce", InputOrigin.Project, existingPath + "/annualEnergy")],
            [],
            new LocalizedText(
                "建成投产后年综合能源消费增量：各能源行（投产后，当量值）之和减去现有设施年综合能耗",
                "post-commissioning increment of annual comprehensive energy: the energy lines (after commissioning, equivalent value) less the existing facility's annual energy"));
        return new ComparedEnergy(true, increment, total, existing, rule.Wording ?? new LocalizedText("按增量计。", "The increment counts."), trace);
    }
}
