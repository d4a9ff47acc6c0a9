using System.Text;
using Carbon.Sdk.Factors;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F4 (corpus datasets/CB9007__gas-*): a data-set record's <c>gas</c> was read with Enum.TryParse, which ORs
/// comma lists and reads digits and padding: "CO2,CH4" (0 | 1) and "1" were silently read as CH4, " CO2" as CO2. A
/// user's override file could so turn a CO2 factor into a CH4 one, multiplied by its GWP. Only exact names are read now.
/// </summary>
public class DataSetGasNameTests
{
    private static string Set(string gas) => $$"""
        {"id":"x","version":"1","title":{"zh":"集","en":"Set"},"source":{"document":"Doc"},
         "records":[{"id":"x.r","subject":"coal.raw","parameter":"ef","value":1,"unit":"tCO2/t","status":"confirmed","gas":"{{gas}}"}]}
        """;

    [Theory]
    [InlineData("CO2,CH4")]
    [InlineData("1")]
    [InlineData(" CO2")]
    [InlineData("co2")]
    public void Only_an_exact_gas_name_is_read(string gas)
    {
        DataSetReader.TryRead(Encoding.UTF8.GetBytes(Set(gas)), out var set, out var diagnostics).Should().BeFalse();

        set.Should().BeNull();
        diagnostics.Should().ContainSingle().Which.Should().Match<Sdk.Diagnostics.Diagnostic>(d => d.Code == "CB9007" && d.Path == "/records/0/gas");
    }

    [Theory]
    [InlineData("CO2", Gas.CO2)]
    [InlineData("CH4", Gas.CH4)]
    [InlineData("N2O", Gas.N2O)]
    public void Each_gas_name_is_still_read(string name, Gas gas)
    {
        DataSetReader.TryRead(Encoding.UTF8.GetBytes(Set(name)), out var set, out _).Should().BeTrue();

        set!.Records.Should().ContainSingle().Which.Gas.Should().Be(gas);
    }
}
