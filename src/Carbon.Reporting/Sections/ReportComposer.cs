using System.Collections.Immutable;
using Carbon.Reporting.Documents;
using Carbon.Reports;

namespace Carbon.Reporting.Sections;

/// <summary>Puts the sections in their order and frames them with the title and the closing note. The one place to add a section.</summary>
internal static class ReportComposer
{
    /// <summary>The sections in report order: results first, then what they rest on.</summary>
    private static readonly ImmutableArray<IReportSection> Sections =
    [
        new HeaderSection(),
        new EnergySection(),
        new EmissionsSection(),
        new BaselinesSection(),
        new ReviewSection(),
        new ZoningSection(),
        new IndicatorsSection(),
        new UnconfirmedSection(),
        new DiagnosticsSection(),
        new FactsSection(),
        new MethodologiesSection(),
        new DataSetsSection(),
    ];

    public static void Compose(AssessmentReport report, ReportRenderOptions options, ReportWriter writer)
    {
        var c = new RenderContext(report, options);
        writer.BeginDocument(Title(c), c.Language);
        foreach (var section in Sections)
        {
            section.Write(c, writer);
        }

        writer.EndDocument(Footer(c));
    }

    private static string Title(RenderContext c) =>
        c.Report.Project is { } p ? c.Text(p.Name) : c.T("碳排放与能耗评估报告", "Carbon and energy assessment report");

    private static string Footer(RenderContext c)
    {
        var engine = c.Report.EngineVersion;
        var schema = c.Report.SchemaVersion;
        return c.T(
            "数值按 GB/T 8170 修约（四舍六入五成双）：tce 与 t 保留两位小数，单位产品能耗两位，碳排放强度及其他指标四位，占比一位"
                + (c.Explain ? "；计算过程中的数值为完整精度" : string.Empty) + "。完整精度的数值见 JSON 报告。"
                + $"由 Carbon {engine} 生成，报告格式版本 {schema}。",
            "Numbers are rounded per GB/T 8170 (round half to even): tce and t to 2 decimals, unit-product energy to 2, carbon intensity and other indicators to 4, shares to 1"
                + (c.Explain ? "; values in the computation steps are at full precision" : string.Empty) + ". The JSON report has every number at full precision. "
                + $"Produced by Carbon {engine}, report format {schema}.");
    }
}
