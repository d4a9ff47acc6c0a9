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
    // Writing calls the source-generated fast path (one method per report type writing straight to the writer), not
    // the metadata serialiser: a one-shot console then does not build and JIT the property metadata of ~60 report
    // types to write its one report. The handler is taken from a serialisation-only context under its own options
    // (the fast path refuses options that differ from the generated ones, e.g. in Encoder) and given a writer with the
    // options the serialiser would give it: same member order, same escaping, same indentation, same bytes.
    private static readonly Action<Utf8JsonWriter, AssessmentReport> Write =
        ReportJsonWriteContext.Default.AssessmentReport.SerializeHandler
        ?? throw new InvalidOperationException("The report writer was generated without its serialisation handler.");

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    /// <summary>Serialises a report to UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON bytes, ending with a newline.</returns>
    public static byte[] SerializeToUtf8Bytes(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, report);
        }

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
        JsonSerializer.Deserialize(json, Reading.Context.AssessmentReport) ?? throw new JsonException("The JSON is null, not a report.");

    /// <summary>The metadata for reading, built on first use only (writing never needs it).</summary>
    private static class Reading
    {
        public static readonly ReportJsonContext Context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
        });
    }
}

/// <summary>The source-generated serialisation metadata of the report tree.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AssessmentReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>
/// The source-generated writer of the report tree: serialisation only, no property metadata; the same naming and
/// ignore options as <see cref="ReportJsonContext"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(AssessmentReport))]
internal sealed partial class ReportJsonWriteContext : JsonSerializerContext;
