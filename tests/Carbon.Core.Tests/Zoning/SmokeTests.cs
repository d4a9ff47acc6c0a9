using Carbon.Zoning;

namespace Carbon.Core.Tests.Zoning;

public class SmokeTests
{
    [Fact]
    public void Sample_loads()
    {
        var assembly = typeof(ZoningPack).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.Replace('\\', '/').EndsWith("zoning/sample-district.json", StringComparison.Ordinal));
        using var s = assembly.GetManifestResourceStream(name)!;
        using var m = new MemoryStream();
        s.CopyTo(m);
        var result = ZoningPackLoader.Load(m.ToArray());
        var text = string.Join("\n", result.Diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message.En));
        result.Diagnostics.Should().BeEmpty(text);
    }
}
