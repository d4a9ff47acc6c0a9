using System.Text.Json;
using System.Text.Json.Serialization;
using Carbon.Sdk.Activities;

namespace Carbon.Plugins.Concrete.Tests.Support;

/// <summary>A canonical text of a result (JSON, culture-invariant) to compare runs byte for byte.</summary>
internal static class ResultText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(ActivityResult result) => JsonSerializer.Serialize(result, Options);
}
