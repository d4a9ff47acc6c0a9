using System.Text.RegularExpressions;
using Carbon.Sdk.Factors;
using Carbon.Zoning;

namespace Carbon.Core.Tests.Zoning;

/// <summary>The shipped sample district: labelled as sample data, every rule cited to a clause of zoning.md with its status.</summary>
public partial class SampleDataTests
{
    private static readonly PackContent Sample = ZoningPackLoader.Sample.Content;

    [GeneratedRegex(@"^C([1-9]|[12][0-9]|3[0-8])$")]
    private static partial Regex ClauseRef();

    [Fact]
    public void The_embedded_pack_and_the_docs_copy_are_the_same_file()
    {
        var assembly = typeof(ZoningPack).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.Replace('\\', '/').EndsWith("zoning/sample-district.json", StringComparison.Ordinal));
        using var s = assembly.GetManifestResourceStream(name)!;
        using var m = new MemoryStream();
        s.CopyTo(m);
        m.ToArray().Should().Equal(File.ReadAllBytes(ZoningTestEngine.SamplePath("sample-district.json")));
    }

    [Fact]
    public void Every_file_and_record_is_labelled_as_fictional_sample_data()
    {
        Sample.Sample.Should().BeTrue();
        Sample.Title.Zh.Should().Contain("虚构");
        Sample.Title.En.Should().Contain("FICTIONAL");
        Sample.Documents.Single(d => d.Id == "sample-plan").Verification.Should().Be("fictional");
        Sample.Units.Should().OnlyContain(u => u.DocumentId == "sample-plan" && u.Text.SpatialLayout!.Contains("示例文本", StringComparison.Ordinal));
        Sample.Zones.Should().OnlyContain(z => z.DocumentId == "sample-plan");
        Sample.Regions.Values.Should().OnlyContain(r => r.Name!.Zh.Contains("虚构", StringComparison.Ordinal));
        foreach (var file in new[] { "clinker-line-park-with-replacement.json", "clinker-line-park-without-replacement.json", "pig-farm-in-no-farming-zone.json", "pig-farm-outside-no-farming-zone.json" })
        {
            File.ReadAllText(ZoningTestEngine.SamplePath(file)).Should().Contain("SAMPLE").And.Contain("示例");
        }
    }

    [Fact]
    public void There_are_at_least_thirty_rules_each_citing_a_clause_of_the_notes_with_a_status()
    {
        Sample.Rules.Length.Should().BeGreaterThanOrEqualTo(30);
        foreach (var r in Sample.Rules)
        {
            r.Citation.ClauseRef.Should().MatchRegex(ClauseRef().ToString(), r.Id);
            r.Citation.DocumentId.Should().NotBeNull(r.Id);
            Sample.Documents.Should().Contain(d => d.Id == r.Citation.DocumentId, r.Id);
            // Every clause of zoning.md rests on a single source, so no rule may claim more than single-source.
            r.Status.Should().BeOneOf([DataStatus.SingleSource, DataStatus.Unconfirmed], r.Id);
            r.Message.IsComplete.Should().BeTrue(r.Id);
            r.Title.IsComplete.Should().BeTrue(r.Id);
        }
    }

    [Fact]
    public void Rules_on_unconfirmed_clauses_stay_unconfirmed_and_run_advisory()
    {
        // zoning.md: C38 (setbacks: attribution and validity UNCONFIRMED), C9 (Hubei text not seen), C24 (document name UNCONFIRMED),
        // C26 (buffers may have been cut back after 2019); lime catalogue entries (§5) and the clinker 标杆 value (UNCONFIRMED list 18).
        var unconfirmed = Sample.Rules.Where(r => r.UsesUnconfirmed).Select(r => r.Id).ToList();
        unconfirmed.Should().Equal("N-04", "N-09", "P-03", "P-05", "C-17", "C-18", "C-19", "U-05", "U-09");
        foreach (var clause in new[] { "C38", "C9", "C24", "C26" })
        {
            Sample.Rules.Where(r => r.Citation.ClauseRef == clause && r.Status == DataStatus.Unconfirmed).Should().NotBeEmpty(clause);
        }

        Sample.Rules.Single(r => r.Id == "N-04").Parameters.Single().Status.Should().Be(DataStatus.Unconfirmed);
    }

    [Fact]
    public void The_rules_cover_the_required_topics()
    {
        var refs = Sample.Rules.Select(r => r.Citation.ClauseRef).ToHashSet();
        refs.Should().Contain(["C29", "C32", "C12", "C37", "C38", "C20", "C21", "C31", "C4", "C15", "C1", "C35", "C22", "C2", "C18", "C14"]);
        Sample.Rules.Count(r => r.Offset is not null).Should().BeGreaterThanOrEqualTo(4);
        Sample.Rules.Count(r => r.Replacement is not null).Should().Be(2);
        Sample.Rules.Count(r => !r.References.IsEmpty).Should().BeGreaterThanOrEqualTo(4);
        Sample.Rules.Select(r => r.Level).Distinct().Should().HaveCount(6);
    }

    [Fact]
    public void The_sample_district_has_its_parts()
    {
        Sample.Units.Select(u => ((int)u.Category, u.SubType)).Should().Equal(
            (1, "生态保护红线"), (1, "饮用水水源保护区"), (1, "重要湖泊湿地"), (2, "产业集聚类"), (2, "城镇生活类"), (3, "一般管控区"));
        Sample.Zones.Select(z => z.Kind).Distinct().Should().Contain(["red-line", "drinking-water-1", "drinking-water-2", "no-farming", "industrial-park", "heating-coverage", "water", "air", "residential", "nature-reserve-core", "nature-reserve-buffer"]);
        Sample.Zones.Where(z => z.Kind == "no-farming").Should().OnlyContain(z => z.LegalCategory != null);
        Sample.Sections["CS-02"].TargetClass.Should().Be(3);
        Sample.Sections["CS-01"].MeetsTarget.Should().BeFalse();
        Sample.Regions["990100"].Air["O3"].Attains.Should().BeFalse();
        Sample.Regions["990101"].Caps["energy"].Status.Should().Be(DataStatus.Unconfirmed);
    }
}
