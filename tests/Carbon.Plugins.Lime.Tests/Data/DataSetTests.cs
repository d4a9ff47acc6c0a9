using Carbon.Plugins.Lime.Tests.Support;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Lime.Tests.Data;

/// <summary>The shipped data set: every record cited with status, every value as in the domain notes, no benchmark table.</summary>
public class DataSetTests
{
    /// <summary>Each shipped value with the tag it carries in shared/domain/ghg-methods.md.</summary>
    public static TheoryData<string, double, DataStatus> Expected => new()
    {
        // §2.1 Table 2.4 [C]
        { "ipcc2006.lime.high-calcium.stoichiometric-ratio", 0.785, DataStatus.Confirmed },
        { "ipcc2006.lime.high-calcium.oxide-content", 0.95, DataStatus.Confirmed },
        { "ipcc2006.lime.high-calcium.default-ef", 0.75, DataStatus.Confirmed },
        { "ipcc2006.lime.dolomitic.stoichiometric-ratio", 0.913, DataStatus.Confirmed },
        // §2.1: values [C], pairing with developed/developing technology from S1 only [S]
        { "ipcc2006.lime.dolomitic.developed.oxide-content", 0.95, DataStatus.SingleSource },
        { "ipcc2006.lime.dolomitic.developed.default-ef", 0.86, DataStatus.SingleSource },
        { "ipcc2006.lime.dolomitic.developing.oxide-content", 0.85, DataStatus.SingleSource },
        { "ipcc2006.lime.dolomitic.developing.default-ef", 0.77, DataStatus.SingleSource },
        { "ipcc2006.lime.hydraulic.stoichiometric-ratio", 0.785, DataStatus.Confirmed },
        { "ipcc2006.lime.hydraulic.oxide-content", 0.75, DataStatus.Confirmed },
        { "ipcc2006.lime.hydraulic.default-ef", 0.59, DataStatus.Confirmed },
        // §2.1 Tier 1 85/15 split [C]; which dolomitic EF enters it UNCONFIRMED
        { "ipcc2006.lime.generic-mix.high-calcium-share", 0.85, DataStatus.Confirmed },
        { "ipcc2006.lime.generic-mix.dolomitic-share", 0.15, DataStatus.Confirmed },
        { "ipcc2006.lime.generic-mix.dolomitic-ef", 0.77, DataStatus.Unconfirmed },
        // §2.1 CF_lkd default [C]; hydrated-lime water content UNCONFIRMED
        { "ipcc2006.lime.lkd.correction-factor", 1.02, DataStatus.Confirmed },
        { "ipcc2006.lime.hydrated.water-content", 0.28, DataStatus.Unconfirmed },
        // §1.1 Table 2.1 via S1 [S]
        { "ipcc2006.carbonate.calcite.co2-factor", 0.43971, DataStatus.SingleSource },
        { "ipcc2006.carbonate.magnesite.co2-factor", 0.52197, DataStatus.SingleSource },
        { "ipcc2006.carbonate.dolomite.co2-factor", 0.47732, DataStatus.SingleSource },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Record_value_and_status_as_in_the_notes(string id, double value, DataStatus status)
    {
        var record = TestLime.Data.Records.Single(r => r.Id == id);

        record.Value.Should().Be(value);
        record.Status.Should().Be(status);
    }

    [Fact]
    public void Ships_exactly_the_expected_records()
    {
        TestLime.Data.Records.Select(r => r.Id).Should().BeEquivalentTo(Expected.Select(row => (string)row[0]));
    }

    [Fact]
    public void Every_record_cites_document_clause_url_and_edition_and_says_where_in_the_notes()
    {
        foreach (var record in TestLime.Data.Records)
        {
            record.Source.Document.Should().Contain("IPCC 2006", record.Id);
            record.Source.Clause.Should().NotBeNullOrWhiteSpace(record.Id);
            record.Source.Url.Should().Be("http://www.ipcc-nggip.iges.or.jp/public/2006gl/pdf/3_Volume3/V3_2_Ch2_Mineral_Industry.pdf", record.Id);
            record.Source.Edition.Should().NotBeNullOrWhiteSpace(record.Id);
            record.Status.Should().NotBe(DataStatus.ProjectSupplied, record.Id);
            record.Note.Should().Contain("ghg-methods.md §", record.Id);
            record.DataSet.Should().Be("lime.ipcc2006");
            record.DataSetVersion.Should().Be("2006.1");
            record.Quantity.Dimension.IsNone.Should().BeTrue(record.Id + " is a ratio");
        }
    }

    [Fact]
    public void Unconfirmed_records_say_so_in_their_note()
    {
        foreach (var record in TestLime.Data.Records.Where(r => r.Status == DataStatus.Unconfirmed))
        {
            record.Note.Should().Contain("UNCONFIRMED", record.Id);
        }
    }

    [Fact]
    public void Benchmark_slot_is_empty_as_shipped()
    {
        TestLime.Data.Benchmarks.Should().BeEmpty("no national lime energy-consumption limit is confirmed (energy.md §5.1)");
        new LimePlugin().Settings.HasLimeBenchmarkTable.Should().BeFalse();
    }

    [Fact]
    public void Version_and_content_are_pinned()
    {
        // Changing any value must bump the data-set version; update both together after checking the change against the notes.
        TestLime.Data.Version.Should().Be("2006.1");
        TestLime.Data.ContentHash.Should().Be(PinnedHash);
    }

    private const string PinnedHash = "1aa33dc697f99569d6173c135ba633b52b91a74ba57b4332b40fbdd26422218a";

    [Fact]
    public void An_illustrative_table_fills_the_slot_and_silences_the_statement()
    {
        using var stream = typeof(DataSetTests).Assembly.GetManifestResourceStream("Carbon.Plugins.Lime.Tests.Data.illustrative-lime-benchmark.json")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        DataSetReader.TryRead(buffer.ToArray(), out var illustrative, out var problems).Should().BeTrue(string.Join("; ", problems.Select(p => p.Message.En)));
        var data = TestLime.Data with { Benchmarks = illustrative!.Benchmarks };
        var plugin = new LimePlugin(LimePlugin.Validate(new LimeOptions()), data);

        plugin.Settings.HasLimeBenchmarkTable.Should().BeTrue();
        var result = plugin.GetCalculator("lime.production")!.Calculate(
            Line.Production("100000 t").C("limeType", "high-calcium"), TestCalculationContext.Over(data));
        result.Diagnostics.Should().NotContain(d => d.Code == "CB7240");
        result.Facts.Should().NotContain(f => f.Key == "lime.national-energy-limit");
        result.Co2().Should().BeApproximately(76_066.5, 1e-9 * 76_066.5);
    }
}
