using System.Text;
using Carbon.Reliability.Tests.Support;
using Carbon.Zoning;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F10 (AFL, geojson target, 4 crashes in 5 min; zoning-pack target, 249 crashes in 10 min; one class): a
/// GeoJSON layer or a pack's JSON with an invalid UTF-8 byte in a string or member name made
/// <see cref="ZoningPackLoader.Load(string, ZoningPackLimits?)"/> throw InvalidOperationException ("Cannot transcode
/// invalid UTF-8 JSON text") from LayerReader, GeoJsonGeometryReader and PackObject — the zoning loader's instance of F2;
/// <c>carbon assess --zoning</c> ended in exit 3. A lone-surrogate <c>\u</c> escape threw the same way. Both readers now
/// check the text before reading it and answer CB6002 with the file, line and byte (the corpus holds more shapes:
/// zoning/packs/CB6002__*, zoning/layers/CB6002__geojson-*).
/// </summary>
public class GeoJsonLayerEncodingTests
{
    [Theory]
    [InlineData("F10-invalid-utf8-0.geojson")]
    [InlineData("F10-invalid-utf8-2.geojson")]
    public void A_GeoJSON_layer_that_is_not_UTF_8_is_CB6002(string input)
    {
        var result = LoadDemoWithZones(File.ReadAllBytes(Repo.Path("tests", "Carbon.Reliability.Tests", "Regressions", "Inputs", input)));

        result.Pack.Should().BeNull();
        var d = result.Diagnostics.Should().ContainSingle(x => x.Code == "CB6002").Which;
        d.Message.En.Should().Contain("zones.geojson").And.Contain("not UTF-8");
        d.Message.Zh.Should().Contain("zones.geojson").And.Contain("UTF-8");
        // The layer's entry in the demo pack's "layers" array (docs/samples/zoning/shapefile-demo/pack.json).
        d.Path.Should().StartWith("/layers/");
    }

    [Fact]
    public void The_position_of_the_bad_byte_is_named()
    {
        // F10-invalid-utf8-0.geojson is one line. The "name" value starts at offset 0x56 (xxd): E7 A6 81 is 禁, CC 85 is
        // U+0305, then BB at 0x5B = 91 is a continuation byte with no lead byte: the first that is not UTF-8 (0-based).
        var result = LoadDemoWithZones(File.ReadAllBytes(Repo.Path("tests", "Carbon.Reliability.Tests", "Regressions", "Inputs", "F10-invalid-utf8-0.geojson")));

        result.Diagnostics.Should().ContainSingle(x => x.Code == "CB6002").Which.Message.En.Should().Contain("(line 1, byte 91)");
    }

    [Fact]
    public void A_pack_that_is_not_UTF_8_is_CB6002()
    {
        var result = ZoningPackLoader.Load(File.ReadAllBytes(Repo.Path("tests", "Carbon.Reliability.Tests", "Regressions", "Inputs", "F10-pack-invalid-utf8.json")));

        result.Pack.Should().BeNull();
        var d = result.Diagnostics.Should().ContainSingle().Which;
        d.Code.Should().Be("CB6002");
        d.Path.Should().BeEmpty();
        d.Message.En.Should().Contain("'pack.json'").And.Contain("not UTF-8");
        d.Message.Zh.Should().Contain("不是 UTF-8");
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_pack_is_CB6002()
    {
        var json = File.ReadAllText(Repo.Path("tests", "Carbon.Fuzz", "Seeds", "zoning-pack", "small-district.json"))
            .Replace("\"schemaVersion\"", "\"schema\\ud800Version\"", StringComparison.Ordinal);

        var result = ZoningPackLoader.Load(Encoding.UTF8.GetBytes(json));

        result.Pack.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Message.En.Should().Contain("lone surrogate");
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_GeoJSON_layer_is_CB6002()
    {
        var zones = File.ReadAllText(Repo.Path("docs", "samples", "zoning", "shapefile-demo", "zones.geojson"))
            .Replace("\"RL-01\"", "\"RL-\\udfff01\"", StringComparison.Ordinal);

        var result = LoadDemoWithZones(Encoding.UTF8.GetBytes(zones));

        result.Pack.Should().BeNull();
        result.Diagnostics.Should().ContainSingle(x => x.Code == "CB6002").Which.Message.En.Should().Contain("lone surrogate");
    }

    [Fact]
    public void The_demo_pack_with_its_own_layer_still_loads()
    {
        var result = LoadDemoWithZones(File.ReadAllBytes(Repo.Path("docs", "samples", "zoning", "shapefile-demo", "zones.geojson")));

        result.Pack.Should().NotBeNull();
    }

    private static ZoningPackLoadResult LoadDemoWithZones(byte[] zones)
    {
        using var temp = new TempFolder();
        foreach (var f in Directory.GetFiles(Repo.Path("docs", "samples", "zoning", "shapefile-demo")))
        {
            File.Copy(f, temp.File(Path.GetFileName(f)));
        }

        File.WriteAllBytes(temp.File("zones.geojson"), zones);
        return ZoningPackLoader.Load(temp.Path);
    }
}
