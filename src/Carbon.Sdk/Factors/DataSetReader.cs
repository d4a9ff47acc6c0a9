using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;
using Carbon.Sdk.Benchmarks;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Sdk.Factors;

/// <summary>
/// Reads a data set from its JSON form (docs/data.md). Every record must have a source (its own or the set's),
/// a status, a known unit and a finite value; ids must be unique. Problems are returned as diagnostics with the
/// JSON Pointer, never thrown, by <see cref="TryRead"/>.
/// </summary>
public static class DataSetReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a data set.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <param name="dataSet">The data set when there were no errors.</param>
    /// <param name="diagnostics">Every problem found.</param>
    /// <returns>True when the data set was read without errors.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, out DataSet? dataSet, out ImmutableArray<Diagnostic> diagnostics)
    {
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        dataSet = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            problems.Add(Diagnostic.Error("CB9001", string.Empty, $"数据集不是有效的 JSON：{ex.Message}", $"The data set is not valid JSON: {ex.Message}"));
            diagnostics = problems.ToImmutable();
            return false;
        }

        // JSON checks a string's UTF-8 and its \u escapes only when the string is read, and then throws: check them first.
        if (!Utf8.IsValid(utf8Json) || HasInvalidEscape(utf8Json))
        {
            document.Dispose();
            problems.Add(Diagnostic.Error("CB9001", string.Empty, "数据集不是有效的 JSON：文本不是 UTF-8，或某个 \\u 转义不是有效的 UTF-16（孤立的代理项，如 \\ud800）。", "The data set is not valid JSON: the text is not UTF-8, or a \\u escape is not valid UTF-16 (a lone surrogate such as \\ud800)."));
            diagnostics = problems.ToImmutable();
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Diagnostic.Error("CB9002", string.Empty, "数据集必须是 JSON 对象。", "A data set must be a JSON object."));
                diagnostics = problems.ToImmutable();
                return false;
            }

            var id = RequiredString(root, "id", string.Empty, problems);
            var version = RequiredString(root, "version", string.Empty, problems);
            var title = ReadText(root, "title", string.Empty, problems);
            var setSource = root.TryGetProperty("source", out var s) ? ReadCitation(s, "/source", problems) : null;
            var records = ImmutableArray.CreateBuilder<FactorRecord>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            if (root.TryGetProperty("records", out var recs))
            {
                if (recs.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(Diagnostic.Error("CB9002", "/records", "records 必须是数组。", "records must be an array."));
                }
                else
                {
                    var i = 0;
                    foreach (var r in recs.EnumerateArray())
                    {
                        var record = ReadRecord(r, $"/records/{i}", setSource, problems);
                        if (record is not null)
                        {
                            if (!ids.Add(record.Id))
                            {
                                problems.Add(Diagnostic.Error("CB9005", $"/records/{i}/id", $"记录 id“{record.Id}”重复。", $"Record id '{record.Id}' is used twice."));
                            }

                            records.Add(record with { DataSet = id ?? string.Empty, DataSetVersion = version ?? string.Empty });
                        }

                        i++;
                    }
                }
            }

            var benchmarks = ImmutableArray.CreateBuilder<BenchmarkTable>();
            if (root.TryGetProperty("benchmarks", out var tables) && tables.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var t in tables.EnumerateArray())
                {
                    var table = ReadTable(t, $"/benchmarks/{i}", setSource, problems);
                    if (table is not null)
                    {
                        benchmarks.Add(table with { DataSet = id ?? string.Empty, DataSetVersion = version ?? string.Empty });
                    }

                    i++;
                }
            }

            diagnostics = problems.ToImmutable();
            if (problems.Any(p => p.Severity == DiagnosticSeverity.Error) || id is null || version is null || title is null)
            {
                return false;
            }

            dataSet = new DataSet
            {
                Id = id,
                Version = version,
                Title = title,
                Source = setSource,
                Records = records.ToImmutable(),
                Benchmarks = benchmarks.ToImmutable(),
                ContentHash = Convert.ToHexString(SHA256.HashData(utf8Json)).ToLowerInvariant(),
            };
            return true;
        }
    }

    /// <summary>
    /// Reads a data set embedded in an assembly. For plugins: shipped data that does not read is a defect of the
    /// plugin, so this throws; the host turns the exception into a diagnostic naming the plugin.
    /// </summary>
    /// <param name="assembly">The assembly holding the resource.</param>
    /// <param name="resourceName">The manifest resource name.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="InvalidDataException">The resource is missing or does not read; the message lists every problem.</exception>
    public static DataSet ReadEmbedded(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"Embedded data set '{resourceName}' not found in {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (!TryRead(buffer.ToArray(), out var set, out var problems) || set is null)
        {
            throw new InvalidDataException($"Embedded data set '{resourceName}' is invalid: " + string.Join("; ", problems.Select(p => $"{p.Code} {p.Path}: {p.Message.En}")));
        }

        return set;
    }

    /// <summary>JSON checks <c>\u</c> escapes only when a string is read, and a lone surrogate then throws: decode each escaped string once up front.</summary>
    private static bool HasInvalidEscape(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = DocumentOptions.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static FactorRecord? ReadRecord(JsonElement r, string path, SourceCitation? setSource, ImmutableArray<Diagnostic>.Builder problems)
    {
        if (r.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Diagnostic.Error("CB9002", path, "记录必须是 JSON 对象。", "A record must be a JSON object."));
            return null;
        }

        var id = RequiredString(r, "id", path, problems);
        var subject = RequiredString(r, "subject", path, problems);
        var parameter = RequiredString(r, "parameter", path, problems);
        var unit = RequiredString(r, "unit", path, problems);
        var value = RequiredNumber(r, "value", path, problems);
        var status = ReadStatus(r, "status", path, problems);
        var source = r.TryGetProperty("source", out var src) ? ReadCitation(src, path + "/source", problems) : setSource;
        if (source is null)
        {
            problems.Add(Diagnostic.Error("CB9004", path + "/source", "记录没有来源：每个数值都必须注明出处。", "The record has no source: every number must cite where it was published."));
        }

        if (unit is not null && !QuantityParser.TryParseUnit(unit, out _, out _))
        {
            problems.Add(Diagnostic.Error("CB9006", path + "/unit", $"未知单位“{unit}”。", $"Unknown unit '{unit}'."));
        }

        Gas? gas = null;
        if (r.TryGetProperty("gas", out var g) && g.ValueKind == JsonValueKind.String)
        {
            // Exact names only: Enum.TryParse also reads digits, padding and comma lists ("CO2,CH4" would OR to CH4).
            if (Enum.TryParse<Gas>(g.GetString(), ignoreCase: false, out var parsed) && Enum.GetName(parsed) == g.GetString())
            {
                gas = parsed;
            }
            else
            {
                problems.Add(Diagnostic.Error("CB9007", path + "/gas", "gas 必须是 CO2、CH4 或 N2O。", "gas must be CO2, CH4 or N2O."));
            }
        }

        if (id is null || subject is null || parameter is null || unit is null || value is null || status is null || source is null)
        {
            return null;
        }

        return new FactorRecord
        {
            Id = id,
            Subject = subject,
            Parameter = parameter,
            Value = value.Value,
            Unit = unit,
            Gas = gas,
            Region = OptionalString(r, "region"),
            Year = r.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var year) ? year : null,
            Variant = OptionalString(r, "variant"),
            ValidFrom = ReadDate(r, "validFrom", path, problems),
            ValidTo = ReadDate(r, "validTo", path, problems),
            Source = source,
            Status = status.Value,
            Note = OptionalString(r, "note"),
        };
    }

    private static BenchmarkTable? ReadTable(JsonElement t, string path, SourceCitation? setSource, ImmutableArray<Diagnostic>.Builder problems)
    {
        var id = RequiredString(t, "id", path, problems);
        var title = ReadText(t, "title", path, problems);
        var source = t.TryGetProperty("source", out var src) ? ReadCitation(src, path + "/source", problems) : setSource;
        var status = ReadStatus(t, "status", path, problems);
        if (source is null)
        {
            problems.Add(Diagnostic.Error("CB9004", path + "/source", "基准表没有来源。", "The benchmark table has no source."));
        }

        var indicators = ImmutableArray.CreateBuilder<BenchmarkIndicator>();
        if (t.TryGetProperty("indicators", out var inds) && inds.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var ind in inds.EnumerateArray())
            {
                var indicator = ReadIndicator(ind, $"{path}/indicators/{i}", source, problems);
                if (indicator is not null)
                {
                    indicators.Add(indicator);
                }

                i++;
            }
        }

        if (id is null || title is null || source is null || status is null)
        {
            return null;
        }

        return new BenchmarkTable
        {
            Id = id,
            Title = title,
            Source = source,
            Status = status.Value,
            EffectiveFrom = ReadDate(t, "effectiveFrom", path, problems),
            EffectiveTo = ReadDate(t, "effectiveTo", path, problems),
            Indicators = indicators.ToImmutable(),
        };
    }

    private static BenchmarkIndicator? ReadIndicator(JsonElement e, string path, SourceCitation? tableSource, ImmutableArray<Diagnostic>.Builder problems)
    {
        var id = RequiredString(e, "id", path, problems);
        var name = ReadText(e, "name", path, problems);
        var product = RequiredString(e, "product", path, problems);
        var unit = RequiredString(e, "unit", path, problems);
        var basisText = RequiredString(e, "basis", path, problems);
        IndicatorBasis? basis = basisText switch
        {
            "comprehensive-energy" => IndicatorBasis.ComprehensiveEnergy,
            "electricity" => IndicatorBasis.Electricity,
            "carrier-group" => IndicatorBasis.CarrierGroup,
            "fossil-energy" => IndicatorBasis.FossilEnergy,
            "co2e" => IndicatorBasis.Co2e,
            null => null,
            _ => null,
        };
        if (basisText is not null && basis is null)
        {
            problems.Add(Diagnostic.Error("CB9008", path + "/basis", $"未知指标口径“{basisText}”。", $"Unknown indicator basis '{basisText}'."));
        }

        if (unit is not null && !QuantityParser.TryParseUnit(unit, out _, out _))
        {
            problems.Add(Diagnostic.Error("CB9006", path + "/unit", $"未知单位“{unit}”。", $"Unknown unit '{unit}'."));
        }

        var levels = ImmutableArray.CreateBuilder<BenchmarkLevel>();
        if (e.TryGetProperty("levels", out var ls) && ls.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var l in ls.EnumerateArray())
            {
                var lp = $"{path}/levels/{i}";
                var level = RequiredString(l, "level", lp, problems);
                var lname = ReadText(l, "name", lp, problems);
                var value = RequiredNumber(l, "value", lp, problems);
                var status = ReadStatus(l, "status", lp, problems);
                DataStatus? appliesStatus = null;
                if (l.TryGetProperty("appliesToStatus", out _))
                {
                    appliesStatus = ReadStatus(l, "appliesToStatus", lp, problems);
                }

                if (level is not null && lname is not null && value is not null && status is not null)
                {
                    levels.Add(new BenchmarkLevel
                    {
                        Level = level,
                        Name = lname,
                        Value = value.Value,
                        Status = status.Value,
                        AppliesTo = l.TryGetProperty("appliesTo", out _) ? ReadText(l, "appliesTo", lp, problems) : null,
                        AppliesToStatus = appliesStatus,
                        Source = l.TryGetProperty("source", out var ls2) ? ReadCitation(ls2, lp + "/source", problems) : null,
                    });
                }

                i++;
            }
        }

        var corrections = ImmutableArray.CreateBuilder<BenchmarkCorrection>();
        if (e.TryGetProperty("corrections", out var cs) && cs.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var c in cs.EnumerateArray())
            {
                var correction = ReadCorrection(c, $"{path}/corrections/{i}", tableSource, problems);
                if (correction is not null)
                {
                    corrections.Add(correction);
                }

                i++;
            }
        }

        if (id is null || name is null || product is null || unit is null || basis is null)
        {
            return null;
        }

        return new BenchmarkIndicator
        {
            Id = id,
            Name = name,
            Product = product,
            Basis = basis.Value,
            Unit = unit,
            Stage = OptionalString(e, "stage"),
            Carriers = ReadStrings(e, "carriers"),
            Levels = levels.ToImmutable(),
            Corrections = corrections.ToImmutable(),
        };
    }

    private static BenchmarkCorrection? ReadCorrection(JsonElement c, string path, SourceCitation? tableSource, ImmutableArray<Diagnostic>.Builder problems)
    {
        var id = RequiredString(c, "id", path, problems);
        var description = ReadText(c, "description", path, problems);
        var kindText = RequiredString(c, "kind", path, problems);
        CorrectionKind? kind = kindText switch { "linear" => CorrectionKind.Linear, "multiplicative" => CorrectionKind.Multiplicative, _ => null };
        if (kindText is not null && kind is null)
        {
            problems.Add(Diagnostic.Error("CB9009", path + "/kind", "kind 必须是 linear 或 multiplicative。", "kind must be linear or multiplicative."));
        }

        var fact = RequiredString(c, "fact", path, problems);
        var factUnit = RequiredString(c, "factUnit", path, problems);
        var reference = RequiredNumber(c, "reference", path, problems);
        var status = ReadStatus(c, "status", path, problems);
        var source = c.TryGetProperty("source", out var src) ? ReadCitation(src, path + "/source", problems) : tableSource;
        var coefficients = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (c.TryGetProperty("coefficients", out var co) && co.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in co.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Number && double.IsFinite(p.Value.GetDouble()))
                {
                    coefficients[p.Name] = p.Value.GetDouble();
                }
                else
                {
                    problems.Add(Diagnostic.Error("CB9003", $"{path}/coefficients/{p.Name}", "系数必须是有限数值。", "A coefficient must be a finite number."));
                }
            }
        }

        if (id is null || description is null || kind is null || fact is null || factUnit is null || reference is null || status is null || source is null)
        {
            return null;
        }

        return new BenchmarkCorrection
        {
            Id = id,
            Description = description,
            Kind = kind.Value,
            Fact = fact,
            FactUnit = factUnit,
            Reference = reference.Value,
            Coefficients = coefficients.ToImmutable(),
            A = c.TryGetProperty("a", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetDouble() : 0,
            B = c.TryGetProperty("b", out var b) && b.ValueKind == JsonValueKind.Number ? b.GetDouble() : 0,
            Levels = ReadStrings(c, "levels"),
            ConditionFact = OptionalString(c, "conditionFact"),
            ConditionUnit = OptionalString(c, "conditionUnit"),
            ConditionAbove = c.TryGetProperty("conditionAbove", out var ca) && ca.ValueKind == JsonValueKind.Number ? ca.GetDouble() : null,
            Source = source,
            Status = status.Value,
        };
    }

    private static ImmutableArray<string> ReadStrings(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)];
    }

    private static string? RequiredString(JsonElement e, string name, string path, ImmutableArray<Diagnostic>.Builder problems)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            return v.GetString();
        }

        problems.Add(Diagnostic.Error("CB9003", $"{path}/{name}", $"缺少字符串成员“{name}”。", $"Missing string member '{name}'."));
        return null;
    }

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? RequiredNumber(JsonElement e, string name, string path, ImmutableArray<Diagnostic>.Builder problems)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d))
        {
            return d;
        }

        problems.Add(Diagnostic.Error("CB9003", $"{path}/{name}", $"缺少有限数值成员“{name}”。", $"Missing finite number member '{name}'."));
        return null;
    }

    private static DataStatus? ReadStatus(JsonElement e, string name, string path, ImmutableArray<Diagnostic>.Builder problems)
    {
        var text = e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (DataStatusNames.TryParse(text, out var status) && status != DataStatus.ProjectSupplied)
        {
            return status;
        }

        problems.Add(Diagnostic.Error("CB9004", $"{path}/{name}", "缺少可信度标记（confirmed、single-source、derived 或 unconfirmed）。", "Missing status (confirmed, single-source, derived or unconfirmed)."));
        return null;
    }

    private static LocalizedText? ReadText(JsonElement e, string name, string path, ImmutableArray<Diagnostic>.Builder problems)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object
            && v.TryGetProperty("zh", out var zh) && zh.ValueKind == JsonValueKind.String
            && v.TryGetProperty("en", out var en) && en.ValueKind == JsonValueKind.String)
        {
            var text = new LocalizedText(zh.GetString()!, en.GetString()!);
            if (text.IsComplete)
            {
                return text;
            }
        }

        problems.Add(Diagnostic.Error("CB9003", $"{path}/{name}", $"“{name}”必须有中文（zh）和英文（en）。", $"'{name}' needs both zh and en."));
        return null;
    }

    private static SourceCitation? ReadCitation(JsonElement e, string path, ImmutableArray<Diagnostic>.Builder problems)
    {
        var document = RequiredString(e, "document", path, problems);
        return document is null ? null : new SourceCitation(document, OptionalString(e, "clause"), OptionalString(e, "url"), OptionalString(e, "edition"));
    }

    private static DateOnly? ReadDate(JsonElement e, string name, string path, ImmutableArray<Diagnostic>.Builder problems)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(Diagnostic.Error("CB9010", $"{path}/{name}", "日期必须写成 YYYY-MM-DD。", "A date must be written YYYY-MM-DD."));
        return null;
    }
}
