using System.Text;
using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Tests.Factors;

public class DataSetReaderTests
{
    private const string Valid = """
    {
      "id": "test.set", "version": "1",
      "title": { "zh": "测试", "en": "Test" },
      "source": { "document": "Doc A", "clause": "Table 1" },
      "records": [
        { "id": "r1", "subject": "diesel", "parameter": "ncv", "value": 42.652, "unit": "GJ/t", "status": "single-source" },
        { "id": "r2", "subject": "electricity", "parameter": "grid-ef", "gas": "CO2", "value": 0.5306, "unit": "kgCO2/kWh", "year": 2023, "variant": "mee-nbs", "status": "confirmed",
          "source": { "document": "Doc B" }, "validFrom": "2026-01-01" }
      ]
    }
    """;

    [Fact]
    public void Reads_records_and_stamps_the_set()
    {
        DataSetReader.TryRead(Encoding.UTF8.GetBytes(Valid), out var set, out var diagnostics).Should().BeTrue();
        diagnostics.Should().BeEmpty();
        set!.Records.Should().HaveCount(2);
        var r1 = set.Records[0];
        r1.DataSet.Should().Be("test.set");
        r1.DataSetVersion.Should().Be("1");
        r1.Source.Document.Should().Be("Doc A"); // inherited from the set
        r1.Status.Should().Be(DataStatus.SingleSource);
        var r2 = set.Records[1];
        r2.Gas.Should().Be(Gas.CO2);
        r2.Year.Should().Be(2023);
        r2.ValidFrom.Should().Be(new DateOnly(2026, 1, 1));
        // 0.5306 kgCO2/kWh = 0.5306e-3 t / 3.6e-3 GJ = 0.147388… t/GJ
        r2.Quantity.Value.Should().BeApproximately(0.5306 / 3.6, 1e-15);
        set.ContentHash.Should().HaveLength(64);
    }

    [Theory]
    [InlineData("""{"id":"x","version":"1","title":{"zh":"a","en":"b"},"records":[{"id":"r","subject":"s","parameter":"p","value":1,"unit":"t","status":"confirmed"}]}""", "CB9004", "/records/0/source")]
    [InlineData("""{"id":"x","version":"1","title":{"zh":"a","en":"b"},"source":{"document":"d"},"records":[{"id":"r","subject":"s","parameter":"p","value":1,"unit":"t"}]}""", "CB9004", "/records/0/status")]
    [InlineData("""{"id":"x","version":"1","title":{"zh":"a","en":"b"},"source":{"document":"d"},"records":[{"id":"r","subject":"s","parameter":"p","value":1,"unit":"furlong","status":"confirmed"}]}""", "CB9006", "/records/0/unit")]
    [InlineData("""{"id":"x","version":"1","title":{"zh":"a","en":"b"},"source":{"document":"d"},"records":[{"id":"r","subject":"s","parameter":"p","value":"1","unit":"t","status":"confirmed"}]}""", "CB9003", "/records/0/value")]
    [InlineData("""{"id":"x","version":"1","title":{"zh":"a","en":"b"},"source":{"document":"d"},"records":[{"id":"r","subject":"s","parameter":"p","value":1,"unit":"t","status":"confirmed"},{"id":"r","subject":"s","parameter":"p","value":2,"unit":"t","status":"confirmed"}]}""", "CB9005", "/records/1/id")]
    [InlineData("""{"id":"x","version":"1","title":{"zh":"a"},"records":[]}""", "CB9003", "/title")]
    [InlineData("""{"id":"x","version":"1","title":{"zh":"a","en":"b"},"source":{"document":"d"},"records":[{"id":"r","subject":"s","parameter":"p","value":1,"unit":"t","status":"maybe"}]}""", "CB9004", "/records/0/status")]
    [InlineData("""[1,2]""", "CB9002", "")]
    [InlineData("""{"id":""", "CB9001", "")]
    public void Bad_data_sets_give_precise_diagnostics(string json, string code, string path)
    {
        DataSetReader.TryRead(Encoding.UTF8.GetBytes(json), out var set, out var diagnostics).Should().BeFalse();
        set.Should().BeNull();
        diagnostics.Should().Contain(d => d.Code == code && d.Path == path);
        diagnostics.Should().OnlyContain(d => d.Message.IsComplete);
    }
}

public class FactorRecordTests
{
    [Fact]
    public void With_a_new_value_recomputes_the_canonical_quantity()
    {
        var record = new FactorRecord { Id = "x", Subject = "s", Parameter = "p", Value = 0.52, Unit = "t/t", Source = new SourceCitation("d"), Status = DataStatus.Confirmed };
        record.Quantity.Value.Should().Be(0.52);
        (record with { Value = 0.5 }).Quantity.Value.Should().Be(0.5);
        (record with { Unit = "kg/t" }).Quantity.Value.Should().BeApproximately(0.00052, 1e-18);
    }
}
