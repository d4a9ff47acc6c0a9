using Carbon.Reliability.Tests.Support;
using Carbon.Zoning;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F10, open (AFL, geojson target, 4 crashes in 5 min, one class): a GeoJSON layer with an invalid UTF-8 byte in
/// a string or member name makes <see cref="ZoningPackLoader.Load(string, ZoningPackLimits?)"/> throw
/// InvalidOperationException ("Cannot transcode invalid UTF-8 JSON text") from LayerReader.ReadGeoJson and
/// GeoJsonGeometryReader — the zoning loader's instance of F2. The pack JSON itself is affected too (PackObject; found by
/// hand after the fuzzer's report): <c>carbon assess --zoning</c> with such a pack ends in exit 3. The fix belongs in src/Carbon.Core/Zoning (zoning
/// engineer): check <c>System.Text.Unicode.Utf8.IsValid</c> and the <c>\u</c> escapes before reading, as
/// ProjectReader now does (StructureCheck), and answer CB6002. Skipped until then; the inputs are in Regressions/Inputs.
/// </summary>
public class GeoJsonLayerEncodingTests
{
    [Theory(Skip = "F10 open: an invalid UTF-8 byte in a GeoJSON layer throws InvalidOperationException out of ZoningPackLoader.Load (fix proposed to the zoning owner)")]
    [InlineData("F10-invalid-utf8-0.geojson")]
    [InlineData("F10-invalid-utf8-2.geojson")]
    public void A_GeoJSON_layer_that_is_not_UTF_8_is_CB6002(string input)
    {
        using var temp = new TempFolder();
        foreach (var f in Directory.GetFiles(Repo.Path("docs", "samples", "zoning", "shapefile-demo")))
        {
            File.Copy(f, temp.File(Path.GetFileName(f)));
        }

        File.Copy(Repo.Path("tests", "Carbon.Reliability.Tests", "Regressions", "Inputs", input), temp.File("zones.geojson"), overwrite: true);

        var result = ZoningPackLoader.Load(temp.Path);

        result.Pack.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == "CB6002");
    }

    [Fact(Skip = "F10 open: an invalid UTF-8 byte in a pack's JSON throws InvalidOperationException out of ZoningPackLoader.Load (fix proposed to the zoning owner)")]
    public void A_pack_that_is_not_UTF_8_is_CB6002()
    {
        var result = ZoningPackLoader.Load(File.ReadAllBytes(Repo.Path("tests", "Carbon.Reliability.Tests", "Regressions", "Inputs", "F10-pack-invalid-utf8.json")));

        result.Pack.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == "CB6002");
    }
}
