using System.Text;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;
using Carbon.TestPlugins;

[assembly: CarbonPlugin(typeof(DuplicateFactorPlugin))]

namespace Carbon.TestPlugins;

/// <summary>
/// A plugin (id <c>quarry</c>) whose data set reuses a factor id of the bundled lime plugin. The record copies the
/// lime record's citation: it is test data that is never computed with.
/// </summary>
public sealed class DuplicateFactorPlugin() : TestPlugin("quarry", dataSets: [Data()])
{
    private static DataSet Data()
    {
        const string json = """
        {
          "id": "test.quarry", "version": "1", "title": { "zh": "测试", "en": "Test" },
          "records": [ {
            "id": "ipcc2006.lime.high-calcium.stoichiometric-ratio", "subject": "quarry.test", "parameter": "ratio",
            "value": 0.785, "unit": "1", "status": "confirmed",
            "source": { "document": "IPCC 2006 Guidelines, Vol. 3 Ch. 2, Table 2.4", "edition": "2006" } } ]
        }
        """;
        return DataSetReader.TryRead(Encoding.UTF8.GetBytes(json), out var set, out _) ? set! : throw new InvalidDataException("test data");
    }
}
