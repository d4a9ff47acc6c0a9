using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Carbon.Reports;

/// <summary>
/// Writes reports as JSON (source-generated, no reflection): camelCase members, numbers at full precision
/// (shortest round-trip form), Chinese text unescaped, members in declaration order. The same report always gives
/// the same bytes, under any culture.
/// </summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    private static readonly ReportJsonContext Context = new(Options);

    /// <summary>Serialises a report to UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON bytes, ending with a newline.</returns>
    public static byte[] SerializeToUtf8Bytes(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        JsonSerializer.Serialize(buffer, report, Context.AssessmentReport);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Serialises a report to a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Serialize(AssessmentReport report) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(report));

    /// <summary>Reads a report written by <see cref="Serialize"/> (for tools that post-process reports).</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The report.</returns>
    /// <exception cref="JsonException">The JSON is not a report.</exception>
    public static AssessmentReport Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.AssessmentReport) ?? throw new JsonException("The JSON is null, not a report.");
}

/// <summary>The source-generated serialisation metadata of the report tree.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AssessmentReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
