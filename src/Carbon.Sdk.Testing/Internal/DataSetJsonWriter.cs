using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Carbon.Sdk.Benchmarks;
using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Testing.Internal;

/// <summary>
/// Writes a <see cref="DataSet"/> back to the JSON form <see cref="DataSetReader"/> reads (docs/data.md), with every
/// member, each record and table citing its source explicitly. Used to check that a plugin's data round-trips.
/// </summary>
internal static class DataSetJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(DataSet set)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", set.Id);
            w.WriteString("version", set.Version);
            Text(w, "title", set.Title);
            if (set.Source is not null)
            {
                Citation(w, "source", set.Source);
            }

            w.WriteStartArray("records");
            foreach (var r in set.Records)
            {
                Record(w, r);
            }

            w.WriteEndArray();
            w.WriteStartArray("benchmarks");
            foreach (var t in set.Benchmarks)
            {
                Table(w, t);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Record(Utf8JsonWriter w, FactorRecord r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("subject", r.Subject);
        w.WriteString("parameter", r.Parameter);
        w.WriteNumber("value", r.Value);
        w.WriteString("unit", r.Unit);
        Optional(w, "gas", r.Gas?.ToString());
        Optional(w, "region", r.Region);
        if (r.Year is { } year)
        {
            w.WriteNumber("year", year);
        }

        Optional(w, "variant", r.Variant);
        Date(w, "validFrom", r.ValidFrom);
        Date(w, "validTo", r.ValidTo);
        Citation(w, "source", r.Source);
        w.WriteString("status", r.Status.ToName());
        Optional(w, "note", r.Note);
        w.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter w, BenchmarkTable t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        Text(w, "title", t.Title);
        Citation(w, "source", t.Source);
        w.WriteString("status", t.Status.ToName());
        Date(w, "effectiveFrom", t.EffectiveFrom);
        Date(w, "effectiveTo", t.EffectiveTo);
        w.WriteStartArray("indicators");
        foreach (var i in t.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("id", i.Id);
            Text(w, "name", i.Name);
            w.WriteString("product", i.Product);
            w.WriteString("basis", Basis(i.Basis));
            w.WriteString("unit", i.Unit);
            Optional(w, "stage", i.Stage);
            Strings(w, "carriers", i.Carriers);
            w.WriteStartArray("levels");
            foreach (var l in i.Levels)
            {
                w.WriteStartObject();
                w.WriteString("level", l.Level);
                Text(w, "name", l.Name);
                w.WriteNumber("value", l.Value);
                w.WriteString("status", l.Status.ToName());
                if (l.AppliesTo is not null)
                {
                    Text(w, "appliesTo", l.AppliesTo);
                }

                Optional(w, "appliesToStatus", l.AppliesToStatus?.ToName());
                if (l.Source is not null)
                {
                    Citation(w, "source", l.Source);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("corrections");
            foreach (var c in i.Corrections)
            {
                Correction(w, c);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Correction(Utf8JsonWriter w, BenchmarkCorrection c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        Text(w, "description", c.Description);
        w.WriteString("kind", c.Kind == CorrectionKind.Linear ? "linear" : "multiplicative");
        w.WriteString("fact", c.Fact);
        w.WriteString("factUnit", c.FactUnit);
        w.WriteNumber("reference", c.Reference);
        w.WriteStartObject("coefficients");
        foreach (var (level, coefficient) in c.Coefficients.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(level, coefficient);
        }

        w.WriteEndObject();
        w.WriteNumber("a", c.A);
        w.WriteNumber("b", c.B);
        Strings(w, "levels", c.Levels);
        Optional(w, "conditionFact", c.ConditionFact);
        Optional(w, "conditionUnit", c.ConditionUnit);
        if (c.ConditionAbove is { } above)
        {
            w.WriteNumber("conditionAbove", above);
        }

        Citation(w, "source", c.Source);
        w.WriteString("status", c.Status.ToName());
        w.WriteEndObject();
    }

    private static string Basis(IndicatorBasis basis) => basis switch
    {
        IndicatorBasis.ComprehensiveEnergy => "comprehensive-energy",
        IndicatorBasis.Electricity => "electricity",
        IndicatorBasis.CarrierGroup => "carrier-group",
        IndicatorBasis.FossilEnergy => "fossil-energy",
        IndicatorBasis.Co2e => "co2e",
        _ => basis.ToString(),
    };

    private static void Text(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        w.WriteString("zh", text.Zh);
        w.WriteString("en", text.En);
        w.WriteEndObject();
    }

    private static void Citation(Utf8JsonWriter w, string name, SourceCitation source)
    {
        w.WriteStartObject(name);
        w.WriteString("document", source.Document);
        Optional(w, "clause", source.Clause);
        Optional(w, "url", source.Url);
        Optional(w, "edition", source.Edition);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
