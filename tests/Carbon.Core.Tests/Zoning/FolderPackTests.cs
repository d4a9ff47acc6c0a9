using System.Text;
using Carbon.Zoning;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using static Carbon.Core.Tests.Zoning.ZoningTestKit;

namespace Carbon.Core.Tests.Zoning;

public sealed class FolderPackTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "carbon-zoning-" + Guid.NewGuid().ToString("N"));
    private readonly string _pack;

    public FolderPackTests()
    {
        _pack = Path.Combine(_root, "pack");
        Directory.CreateDirectory(_pack);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly GeometryFactory F = new(new PrecisionModel(), 4490);

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        F.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);

    /// <summary>Writes two units with the attribute fields of zoning.md §1.3, text in GBK as Chinese provinces deliver it.</summary>
    private void WriteUnitsShapefile(string name = "units")
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        Feature Unit(Polygon g, string code, string unitName, string category, string layout) => new(g, new AttributesTable
        {
            { "HJZHGKDYBM", code },
            { "HJZHGKDYMC", unitName },
            { "PROV", "示例省" },
            { "CITY", "示例市" },
            { "AREA", "示例区" },
            { "ZHGKDYFL", category },
            { "KJBJYS", layout },
            { "PWWPFGK", "新增 VOCs 两倍削减替代。" },
            { "HJFXFK", "—" },
            { "ZYKFXLYQ", "—" },
            { "REMARK", "测试" },
        });
        Shapefile.WriteAllFeatures(
            [
                Unit(Box(100, 30, 101, 31), "ZH99010120001", "测试园区重点管控单元", "2", "引导产业集聚。"),
                Unit(Box(101, 30, 102, 31), "ZH99010130001", "测试一般管控单元", "3", "执行总体准入要求。"),
            ],
            Path.Combine(_pack, name + ".shp"),
            null,
            gbk);
        File.WriteAllText(Path.Combine(_pack, name + ".cpg"), "GBK");
    }

    private void WriteManifest(string layers, string rules = "", string sections = "")
    {
        var json = $$$"""
        {
          "schemaVersion": "1", "id": "folder.pack", "version": "1",
          "title": {"zh": "文件夹包", "en": "Folder pack"},
          "documents": [{"id": "doc", "title": {"zh": "文件", "en": "Document"}}],
          "sections": [{{{sections}}}],
          "layers": [{{{layers}}}],
          "rules": [{{{rules}}}]
        }
        """;
        File.WriteAllText(Path.Combine(_pack, "pack.json"), json);
    }

    [Fact]
    public void Units_are_read_from_a_shapefile_with_the_1_3_fields_and_GBK_text()
    {
        WriteUnitsShapefile();
        WriteManifest("""{"file": "units.shp", "as": "units", "defaults": {"documentId": "doc", "version": "2024", "subType": "测试"}}""",
            Rule("U-1", "\"binding\": {\"units\": [\"ZH99010120001\"]}, \"when\": \"site.within('industrial-park')\"", level: "unit"));
        var r = ZoningPackLoader.Load(_pack);
        r.Diagnostics.Should().BeEmpty(Describe(r.Diagnostics));
        var pack = r.Pack!;
        pack.UnitCount.Should().Be(2);
        var park = pack.Content.Units.Single(u => u.Code == "ZH99010120001");
        park.Name.Zh.Should().Be("测试园区重点管控单元");
        park.Category.Should().Be(Carbon.Zoning.Model.UnitCategory.Key);
        park.Province.Should().Be("示例省");
        park.County.Should().Be("示例区");
        park.AdminCode.Should().Be("990101", "derived from the code's digits 3–8 under the inferred (UNCONFIRMED) pattern");
        park.Text.SpatialLayout.Should().Be("引导产业集聚。");
        park.Text.PollutantDischarge.Should().Be("新增 VOCs 两倍削减替代。");
        park.Version.Should().Be("2024");
        pack.Locate(100.5, 30.5).UnitCodes.Should().Equal("ZH99010120001");
        pack.Locate(101, 30.5).UnitCodes.Should().Equal("ZH99010120001", "ZH99010130001");
    }

    [Fact]
    public void A_json_file_path_loads_layers_beside_it()
    {
        WriteUnitsShapefile();
        WriteManifest("""{"file": "units.shp", "as": "units"}""");
        File.Move(Path.Combine(_pack, "pack.json"), Path.Combine(_pack, "district.json"));
        var r = ZoningPackLoader.Load(Path.Combine(_pack, "district.json"));
        r.Pack.Should().NotBeNull(Describe(r.Diagnostics));
        r.Pack!.UnitCount.Should().Be(2);
    }

    [Fact]
    public void Zones_are_read_from_a_geojson_layer_and_water_zones_find_their_section_by_coordinates()
    {
        WriteUnitsShapefile();
        File.WriteAllText(Path.Combine(_pack, "water.geojson"), """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"SHJGKFQBM": "YS-W-1", "SHJGKFQMC": "测试江段", "LYMC": "测试流域", "HDMC": "干流",
             "KZDMQDJD": 100.0, "KZDMQDWD": 30.5, "KZDMZDJD": 102.0, "KZDMZDWD": 30.5},
           "geometry": {"type": "Polygon", "coordinates": [[[100,30],[102,30],[102,31],[100,31],[100,30]]]}}]}
        """);
        WriteManifest("""{"file": "units.shp", "as": "units"}, {"file": "water.geojson", "as": "water"}""",
            sections: """{"id": "S1", "name": {"zh": "出境断面", "en": "Outflow section"}, "lon": 102.0, "lat": 30.5, "targetClass": "III", "currentClass": "IV"}""");
        var r = ZoningPackLoader.Load(_pack);
        r.Diagnostics.Should().BeEmpty(Describe(r.Diagnostics));
        var zone = r.Pack!.Content.Zones.Single();
        zone.Id.Should().Be("YS-W-1");
        zone.Kind.Should().Be("water");
        zone.Basin.Should().Be("测试流域");
        zone.Reach.Should().Be("干流");
        zone.SectionId.Should().Be("S1");
    }

    [Theory]
    [InlineData("../outside.shp")]
    [InlineData("sub/../../outside.shp")]
    [InlineData("/etc/passwd.shp")]
    [InlineData("C:/Windows/units.shp")]
    public void Paths_outside_the_pack_folder_are_refused(string file)
    {
        WriteManifest($$"""{"file": "{{file}}", "as": "units"}""");
        var r = ZoningPackLoader.Load(_pack);
        r.Pack.Should().BeNull();
        r.Diagnostics.Should().ContainSingle(d => d.Code == "CB6004").Which.Path.Should().Be("/layers/0/file");
    }

    [Fact]
    public void A_link_pointing_outside_the_pack_is_not_followed()
    {
        WriteUnitsShapefile();
        var outside = Path.Combine(_root, "secret");
        Directory.CreateDirectory(outside);
        foreach (var ext in new[] { ".shp", ".dbf", ".shx", ".cpg" })
        {
            File.Move(Path.Combine(_pack, "units" + ext), Path.Combine(outside, "units" + ext));
        }

        Directory.CreateSymbolicLink(Path.Combine(_pack, "linked"), outside);
        WriteManifest("""{"file": "linked/units.shp", "as": "units"}""");
        var r = ZoningPackLoader.Load(_pack);
        r.Pack.Should().BeNull();
        r.Diagnostics.Should().Contain(d => d.Code == "CB6004");
    }

    [Fact]
    public void A_missing_dbf_is_a_diagnostic()
    {
        WriteUnitsShapefile();
        File.Delete(Path.Combine(_pack, "units.dbf"));
        WriteManifest("""{"file": "units.shp", "as": "units"}""");
        var r = ZoningPackLoader.Load(_pack);
        r.Diagnostics.Should().ContainSingle(d => d.Code == "CB6001").Which.Message.En.Should().Contain("units.dbf");
    }

    [Fact]
    public void A_projected_prj_is_refused()
    {
        WriteUnitsShapefile();
        File.WriteAllText(Path.Combine(_pack, "units.prj"), "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\"]]");
        WriteManifest("""{"file": "units.shp", "as": "units"}""");
        ZoningPackLoader.Load(_pack).Diagnostics.Should().ContainSingle(d => d.Code == "CB6019");
    }

    [Fact]
    public void A_corrupt_shapefile_is_a_diagnostic_not_an_exception()
    {
        WriteUnitsShapefile();
        File.WriteAllBytes(Path.Combine(_pack, "units.shp"), [1, 2, 3, 4, 5]);
        WriteManifest("""{"file": "units.shp", "as": "units"}""");
        var r = ZoningPackLoader.Load(_pack);
        r.Pack.Should().BeNull();
        r.Diagnostics.Should().ContainSingle(d => d.Code == "CB6016");
    }

    [Fact]
    public void Oversized_layer_files_and_too_many_files_are_diagnostics()
    {
        WriteUnitsShapefile();
        WriteManifest("""{"file": "units.shp", "as": "units"}, {"file": "units.shp", "as": "units"}""");
        ZoningPackLoader.Load(_pack, new ZoningPackLimits { MaxFiles = 1 }).Diagnostics.Should().Contain(d => d.Code == "CB6011");
        WriteManifest("""{"file": "units.shp", "as": "units"}""");
        ZoningPackLoader.Load(_pack, new ZoningPackLimits { MaxTotalBytes = 1000 }).Diagnostics.Should().Contain(d => d.Code == "CB6003");
    }

    [Fact]
    public void The_shapefile_demo_pack_in_docs_loads()
    {
        var r = ZoningPackLoader.Load(ZoningTestEngine.SamplePath("shapefile-demo"));
        r.Diagnostics.Should().BeEmpty(Describe(r.Diagnostics));
        r.Pack!.IsSample.Should().BeTrue();
        r.Pack.UnitCount.Should().Be(6);
        r.Pack.Locate(112.97, 28.12).UnitCodes.Should().Equal("ZH99010120001");
    }
}
