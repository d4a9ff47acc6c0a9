using Carbon.Reports;

namespace Carbon.Core.Tests.Zoning;

public class ExploreTests
{
    [Theory]
    [InlineData("clinker-line-park-with-replacement.json")]
    [InlineData("clinker-line-park-without-replacement.json")]
    [InlineData("pig-farm-in-no-farming-zone.json")]
    [InlineData("pig-farm-outside-no-farming-zone.json")]
    public void Explore(string file)
    {
        var report = ZoningTestEngine.Engine.Assess(File.ReadAllBytes(ZoningTestEngine.SamplePath(file)));
        File.WriteAllText("/tmp/zgen/" + file + ".report.json", ReportJson.Serialize(report));
        report.Zoning.Should().NotBeNull(string.Join("\n", report.Diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message.En)));
    }
}
