using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>
/// One part of the report, written in any format through a <see cref="ReportWriter"/>. A section writes nothing
/// when its part of the report is empty. To add a part, write one class and list it in <see cref="ReportComposer"/>.
/// </summary>
internal interface IReportSection
{
    void Write(RenderContext context, ReportWriter writer);
}
