using Carbon.Reliability.Tests.Support;
using Carbon.Zoning;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F9, fixed (AFL, shapefile target, 2 hangs in 10 min): a .shp record whose header declares far more points or
/// parts than its content holds (65 535 points and −8 454 143 parts, or 1 079 771 141 points, in a 64-word record) makes
/// <see cref="ZoningPackLoader.Load(string, ZoningPackLimits?)"/> take 11 s and more before answering CB6009/CB6014 — a
/// denial of service from a foreign shapefile. Fixed by ShapefilePrescan: each record's declared part and point counts are
/// checked against its content length and the per-geometry vertex limit before NetTopologySuite reads it (CB6016).
/// The inputs are in Regressions/Inputs.
/// </summary>
public class SlowShapefileTests
{
    [Theory]
    [InlineData("F9-polygon-with-65535-declared-points.shp")]
    [InlineData("F9-polygon-with-a-billion-declared-points.shp")]
    public void A_shapefile_record_declaring_more_points_than_it_holds_is_refused_by_the_prescan(string input)
    {
        using var temp = new TempFolder();
        foreach (var f in Directory.GetFiles(Repo.Path("docs", "samples", "zoning", "shapefile-demo")))
        {
            File.Copy(f, temp.File(Path.GetFileName(f)));
        }

        File.Copy(Repo.Path("tests", "Carbon.Reliability.Tests", "Regressions", "Inputs", input), temp.File("units.shp"), overwrite: true);

        var result = ZoningPackLoader.Load(temp.Path);

        // No wall-clock bound (issue 11: no timed assertions): CB6016 comes only from the record-header prescan, which
        // refuses before the reader is asked for the declared points — the step that used to take 11 s and more.
        result.Pack.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == "CB6016");
    }
}
