using System.Text.Json;
using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>The energy-saving review (节能审查) outcome. Until the review records are final this renders them from their JSON (see <see cref="GenericJson"/>).</summary>
internal sealed class ReviewSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        if (c.Report.Review is null || !c.Json.TryGetProperty("review", out var review) || review.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        w.BeginSection("review", c.T("Label.EnergySavingReview"));
        new GenericJson(c, w).Object(review, 3);
        w.EndSection();
    }
}
