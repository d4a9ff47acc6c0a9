using System.Collections.Immutable;
using System.Text.Json;
using Carbon.Sdk;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;
using Carbon.Sdk.Units;

namespace Carbon.Projects;

/// <summary>
/// Reads project files (schema version 1). It never throws for bad input: every problem becomes a diagnostic with
/// a stable code and a JSON Pointer, and all problems are collected before anything is computed.
/// Carrier ids and activity kinds are checked later by the engine, which knows the loaded data and plugins.
/// Thread-safe and stateless.
/// </summary>
public sealed class ProjectReader
{
    private readonly ProjectReaderLimits _limits;

    /// <summary>Creates a reader with the given limits.</summary>
    /// <param name="limits">The limits, or null for <see cref="ProjectReaderLimits.Default"/>.</param>
    public ProjectReader(ProjectReaderLimits? limits = null) => _limits = limits ?? ProjectReaderLimits.Default;

    /// <summary>Reads a project file.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8, with or without a byte-order mark).</param>
    /// <returns>The project and the diagnostics.</returns>
    public ProjectReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        var diagnostics = new List<Diagnostic>();
        if (utf8Json.Length > _limits.MaxBytes)
        {
            diagnostics.Add(ProjectDiagnostics.TooLarge(utf8Json.Length, _limits.MaxBytes));
            return new ProjectReadResult(null, [.. diagnostics]);
        }

        if (utf8Json.StartsWith("\xEF\xBB\xBF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        // JSON checks a string's UTF-8 only when the string is read, and then throws: check the whole file first.
        if (JsonTextCheck.FirstInvalidUtf8(utf8Json) is { } notUtf8)
        {
            diagnostics.Add(ProjectDiagnostics.NotJson("the file is not UTF-8 text; save it as UTF-8", notUtf8.Line, notUtf8.BytePosition));
            return new ProjectReadResult(null, [.. diagnostics]);
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = _limits.MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
            document = JsonDocument.ParseValue(ref reader);
            // ParseValue stops after the first value: anything after it is an error too.
            if (reader.BytesConsumed < utf8Json.Length && utf8Json[(int)reader.BytesConsumed..].Trim(" \t\r\n"u8).Length > 0)
            {
                document.Dispose();
                diagnostics.Add(ProjectDiagnostics.NotJson("unexpected content after the end of the JSON value", 0, reader.BytesConsumed));
                return new ProjectReadResult(null, [.. diagnostics]);
            }
        }
        catch (JsonException ex)
        {
            diagnostics.Add(ProjectDiagnostics.NotJson(ex.Message, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0));
            return new ProjectReadResult(null, [.. diagnostics]);
        }

        if (StructureCheck.Find(utf8Json, _limits) is { } breach)
        {
            document.Dispose();
            diagnostics.Add(breach);
            return new ProjectReadResult(null, [.. diagnostics]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(ProjectDiagnostics.NotObject());
                return new ProjectReadResult(null, [.. diagnostics]);
            }

            var project = ReadRoot(new ObjectReader(document.RootElement, string.Empty, diagnostics), diagnostics);
            var hasErrors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            return new ProjectReadResult(hasErrors ? null : project, [.. diagnostics]);
        }
    }

    private Project? ReadRoot(ObjectReader root, List<Diagnostic> diagnostics)
    {
        root.TryGet("$schema", out _);
        root.TryGet("notes", out _);
        var schemaVersion = root.String("schemaVersion", required: true);
        if (schemaVersion is not null && schemaVersion != "1")
        {
            diagnostics.Add(ProjectDiagnostics.UnsupportedSchema(root.At("schemaVersion"), schemaVersion));
        }

        var id = root.String("id", required: true);
        var name = ReadName(root, diagnostics);
        ProjectNature? nature = null;
        var natureText = root.String("nature", required: true);
        if (natureText is not null)
        {
            if (ProjectNatureNames.TryParse(natureText, out var n))
            {
                nature = n;
            }
            else
            {
                diagnostics.Add(ProjectDiagnostics.BadEnum(root.At("nature"), natureText, "new, rebuild, expansion, technical-upgrade, relocation"));
            }
        }

        var industryCodes = ReadIndustryCodes(root, diagnostics);
        var adminCode = root.String("adminCode", required: false);
        if (adminCode is not null && (adminCode.Length != 6 || !adminCode.All(char.IsAsciiDigit)))
        {
            diagnostics.Add(ProjectDiagnostics.BadAdminCode(root.At("adminCode"), adminCode));
        }

        var location = root.TryGet("location", out var loc) ? SiteLocationReader.Read(loc, root.At("location"), _limits.MaxVertices, diagnostics) : null;
        var reviewDate = root.Date("reviewDate", required: false);
        var reportingYear = root.Integer("reportingYear", required: true, 1990, 2100);
        if (reviewDate is { } rd && reportingYear is { } ry && rd.Year > ry + 10)
        {
            diagnostics.Add(ProjectDiagnostics.ReportingYearMismatch(root.At("reportingYear")));
        }

        var products = ReadProducts(root, diagnostics);
        var energy = ReadEnergy(root, diagnostics);
        var activities = ReadActivities(root, diagnostics);
        var pollutants = ReadPollutants(root, diagnostics);
        var facts = ReadFacts(root, diagnostics);
        var options = ReadOptions(root, diagnostics);
        var valueAdded = root.Quantity("valueAdded", required: false, Dimension.OfMoney, "5.2亿 元");
        var region = ReadRegion(root);
        var existing = ReadExisting(root, diagnostics);
        root.ReportUnknown();

        if (schemaVersion is null || id is null || name is null || nature is null || reportingYear is null)
        {
            return null;
        }

        return new Project
        {
            SchemaVersion = schemaVersion,
            Id = id,
            Name = name,
            Nature = nature.Value,
            IndustryCodes = industryCodes,
            AdminCode = adminCode,
            Location = location,
            ReviewDate = reviewDate,
            ReportingYear = reportingYear.Value,
            Products = products,
            Energy = energy,
            Activities = activities,
            Pollutants = pollutants,
            Facts = facts,
            Options = options,
            ValueAdded = valueAdded?.Quantity,
            Region = region,
            Existing = existing,
        };
    }

    private static LocalizedText? ReadName(ObjectReader root, List<Diagnostic> diagnostics)
    {
        var name = root.Object("name", required: true);
        if (name is null)
        {
            return null;
        }

        var zh = name.String("zh", required: true);
        var en = name.String("en", required: true);
        name.ReportUnknown();
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    private ImmutableArray<string> ReadIndustryCodes(ObjectReader root, List<Diagnostic> diagnostics)
    {
        var array = root.Array("industryCodes", required: false, _limits.MaxArrayLength);
        if (array is null)
        {
            return [];
        }

        var codes = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        foreach (var item in array.Value.EnumerateArray())
        {
            var path = JsonPointer.Index(root.At("industryCodes"), i++);
            var code = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (code is null || code.Length is < 3 or > 5 || !char.IsAsciiLetterUpper(code[0]) || !code.Skip(1).All(char.IsAsciiDigit))
            {
                diagnostics.Add(ProjectDiagnostics.BadIndustryCode(path, code ?? item.GetRawText()));
                continue;
            }

            codes.Add(code);
        }

        return codes.ToImmutable();
    }

    private ImmutableArray<ProductLine> ReadProducts(ObjectReader root, List<Diagnostic> diagnostics)
    {
        var array = root.Array("products", required: false, _limits.MaxArrayLength);
        if (array is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ProductLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in array.Value.EnumerateArray())
        {
            var path = JsonPointer.Index(root.At("products"), i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(ProjectDiagnostics.WrongType(path, "products[]", "object"));
                continue;
            }

            var o = new ObjectReader(item, path, diagnostics);
            var product = o.String("product", required: true);
            var output = o.Quantity("output", required: true, null, "155万 t");
            var capacity = o.Quantity("capacity", required: false, null, "5000 t/d");
            o.TryGet("label", out _);
            o.ReportUnknown();
            if (product is not null && !seen.Add(product))
            {
                diagnostics.Add(ProjectDiagnostics.DuplicateProduct(o.At("product"), product));
            }

            if (product is not null && output is { } op)
            {
                result.Add(new ProductLine
                {
                    Product = product,
                    Output = op.Quantity,
                    OutputText = op.Text,
                    Capacity = capacity?.Quantity,
                    CapacityText = capacity?.Text,
                    Path = path,
                });
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<EnergyLine> ReadEnergy(ObjectReader root, List<Diagnostic> diagnostics)
    {
        var array = root.Array("energy", required: false, _limits.MaxArrayLength);
        if (array is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<EnergyLine>();
        var i = 0;
        foreach (var item in array.Value.EnumerateArray())
        {
            var path = JsonPointer.Index(root.At("energy"), i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(ProjectDiagnostics.WrongType(path, "energy[]", "object"));
                continue;
            }

            var o = new ObjectReader(item, path, diagnostics);
            var carrier = o.String("carrier", required: true);
            var amount = o.Quantity("amount", required: true, null, "15万 t");
            var ncv = o.Quantity("ncv", required: false, null, "20.908 GJ/t");
            var enthalpy = o.Quantity("enthalpy", required: false, Dimension.OfEnergy / Dimension.OfMass, "2777 kJ/kg");
            var carbonContent = o.Quantity("carbonContent", required: false, Dimension.OfMass / Dimension.OfEnergy, "26.37 tC/TJ");
            var oxidation = o.Quantity("oxidation", required: false, Dimension.None, "94 %");
            if (oxidation is { } ox && ox.Quantity.Value > 1)
            {
                diagnostics.Add(ProjectDiagnostics.FractionOutOfRange(o.At("oxidation"), ox.Text));
            }

            var emissionFactor = o.Quantity("emissionFactor", required: false, null, "0.11 tCO2/GJ");
            var use = ReadChoice(o, "use", diagnostics, ("fuel", EnergyUse.Fuel), ("feedstock", EnergyUse.Feedstock));
            var direction = ReadChoice(o, "direction", diagnostics, ("import", EnergyDirection.Import), ("export", EnergyDirection.Export));
            var origin = ReadChoice(o, "origin", diagnostics, ("grid", EnergyOrigin.Grid), ("waste-heat", EnergyOrigin.WasteHeat), ("on-site-renewable", EnergyOrigin.OnSiteRenewable));
            var renewable = o.Boolean("renewable") ?? (origin == EnergyOrigin.OnSiteRenewable);
            var stage = o.String("stage", required: false);
            var label = o.String("label", required: false);
            o.ReportUnknown();
            if (carrier is null || amount is null)
            {
                continue;
            }

            result.Add(new EnergyLine
            {
                Carrier = carrier,
                Amount = amount.Value.Quantity,
                AmountText = amount.Value.Text,
                Ncv = ncv?.Quantity,
                NcvText = ncv?.Text,
                Enthalpy = enthalpy?.Quantity,
                CarbonContent = carbonContent?.Quantity,
                Oxidation = oxidation?.Quantity.Value,
                EmissionFactor = emissionFactor?.Quantity,
                Use = use,
                Direction = direction,
                Origin = origin,
                Renewable = renewable,
                Stage = stage,
                Label = label,
                Path = path,
            });
        }

        return result.ToImmutable();
    }

    private static T ReadChoice<T>(ObjectReader o, string name, List<Diagnostic> diagnostics, params (string Name, T Value)[] choices)
        where T : struct
    {
        var text = o.String(name, required: false);
        if (text is null)
        {
            return choices[0].Value;
        }

        foreach (var (choiceName, value) in choices)
        {
            if (choiceName == text)
            {
                return value;
            }
        }

        diagnostics.Add(ProjectDiagnostics.BadEnum(o.At(name), text, string.Join(", ", choices.Select(c => c.Name))));
        return choices[0].Value;
    }

    private ImmutableArray<RawActivity> ReadActivities(ObjectReader root, List<Diagnostic> diagnostics)
    {
        var array = root.Array("activities", required: false, _limits.MaxArrayLength);
        if (array is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<RawActivity>();
        var i = 0;
        foreach (var item in array.Value.EnumerateArray())
        {
            var path = JsonPointer.Index(root.At("activities"), i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(ProjectDiagnostics.WrongType(path, "activities[]", "object"));
                continue;
            }

            var o = new ObjectReader(item, path, diagnostics);
            var kind = o.String("kind", required: true);
            var amount = o.Quantity("amount", required: true, null, "155万 t");
            var label = o.String("label", required: false);
            JsonElement parameters = default;
            var hasParameters = false;
            if (o.TryGet("parameters", out var p))
            {
                if (p.ValueKind == JsonValueKind.Object)
                {
                    parameters = p.Clone();
                    hasParameters = true;
                }
                else
                {
                    diagnostics.Add(ProjectDiagnostics.WrongType(o.At("parameters"), "parameters", "object"));
                }
            }

            o.ReportUnknown();
            if (kind is null || amount is null)
            {
                continue;
            }

            result.Add(new RawActivity
            {
                Kind = kind,
                Amount = amount.Value.Quantity,
                AmountText = amount.Value.Text,
                Parameters = hasParameters ? parameters : EmptyObject,
                Label = label,
                Path = path,
            });
        }

        return result.ToImmutable();
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private ImmutableArray<PollutantLine> ReadPollutants(ObjectReader root, List<Diagnostic> diagnostics)
    {
        var array = root.Array("pollutants", required: false, _limits.MaxArrayLength);
        if (array is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<PollutantLine>();
        var i = 0;
        foreach (var item in array.Value.EnumerateArray())
        {
            var path = JsonPointer.Index(root.At("pollutants"), i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(ProjectDiagnostics.WrongType(path, "pollutants[]", "object"));
                continue;
            }

            var o = new ObjectReader(item, path, diagnostics);
            var pollutant = o.String("pollutant", required: true);
            var amount = o.Quantity("amount", required: true, Dimension.OfMass, "120 t");
            o.ReportUnknown();
            if (pollutant is not null && amount is { } a)
            {
                result.Add(new PollutantLine { Pollutant = pollutant, Amount = a.Quantity, AmountText = a.Text, Path = path });
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<Fact> ReadFacts(ObjectReader root, List<Diagnostic> diagnostics)
    {
        var o = root.Object("facts", required: false);
        if (o is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Fact>();
        if (!root.TryGet("facts", out var factsElement))
        {
            return [];
        }

        foreach (var member in factsElement.EnumerateObject())
        {
            o.TryGet(member.Name, out _);
            var path = o.At(member.Name);
            if (!IsFactKey(member.Name))
            {
                diagnostics.Add(ProjectDiagnostics.BadFactKey(path, member.Name));
                continue;
            }

            var v = member.Value;
            FactValue? value = v.ValueKind switch
            {
                JsonValueKind.True => FactValue.Of(true),
                JsonValueKind.False => FactValue.Of(false),
                JsonValueKind.Number when v.TryGetDouble(out var d) && double.IsFinite(d) && Math.Abs(d) <= QuantityParser.MaxMagnitude
                    => FactValue.Of(new Quantity(d, Dimension.None)),
                JsonValueKind.String => QuantityParser.TryParse(v.GetString(), out var q, out _, out _) ? FactValue.Of(q) : FactValue.Of(v.GetString()!),
                JsonValueKind.Array when v.GetArrayLength() <= _limits.MaxArrayLength && v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String)
                    => new FactValue { Kind = FactKind.TextList, Items = [.. v.EnumerateArray().Select(x => x.GetString()!)] },
                _ => null,
            };
            if (value is null)
            {
                diagnostics.Add(ProjectDiagnostics.BadFact(path, member.Name));
                continue;
            }

            result.Add(new Fact(member.Name, value, path));
        }

        return result.ToImmutable();
    }

    private static bool IsFactKey(string key) =>
        key.Length is > 0 and <= 100 && char.IsAsciiLetterLower(key[0])
        && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.' or '_');

    private static ProjectOptions ReadOptions(ObjectReader root, List<Diagnostic> diagnostics)
    {
        var o = root.Object("options", required: false);
        if (o is null)
        {
            return new ProjectOptions();
        }

        var options = new ProjectOptions();
        var gwp = o.String("gwpSet", required: false);
        if (gwp is not null)
        {
            // Exact names only: Enum.TryParse also reads " AR5 ", digits and comma lists ("AR4,AR5" would OR to AR6).
            if (Enum.TryParse<GwpSet>(gwp, ignoreCase: false, out var set) && Enum.GetName(set) == gwp)
            {
                options = options with { GwpSet = set, GwpSetGiven = true };
            }
            else
            {
                diagnostics.Add(ProjectDiagnostics.BadEnum(o.At("gwpSet"), gwp, "SAR, AR4, AR5, AR6"));
            }
        }

        var ef = o.Object("electricityFactor", required: false);
        if (ef is not null)
        {
            var series = ef.String("series", required: false) ?? "mee-nbs";
            if (series is not ("mee-nbs" or "mee-nbs-residual" or "mee-nbs-fossil" or "carbon-market"))
            {
                diagnostics.Add(ProjectDiagnostics.BadEnum(ef.At("series"), series, "mee-nbs, mee-nbs-residual, mee-nbs-fossil, carbon-market"));
            }

            var year = ef.Integer("year", required: false, 2000, 2100);
            var region = ef.String("region", required: false);
            ef.ReportUnknown();
            options = options with { ElectricityFactor = new ElectricityFactorChoice(series, year, region is "national" ? null : region) };
        }

        var methods = o.Object("methods", required: false);
        if (methods is not null && root.TryGet("options", out var optionsElement) && optionsElement.TryGetProperty("methods", out var m))
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var member in m.EnumerateObject())
            {
                var method = methods.String(member.Name, required: false);
                if (method is not null)
                {
                    builder[member.Name] = method;
                }
            }

            options = options with { Methods = builder.ToImmutable() };
        }

        var equal = o.Array("equalValue", required: false, 16);
        if (equal is not null)
        {
            var list = ImmutableArray.CreateBuilder<EqualValueCoefficient>();
            var i = 0;
            foreach (var item in equal.Value.EnumerateArray())
            {
                var path = JsonPointer.Index(o.At("equalValue"), i++);
                if (item.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(ProjectDiagnostics.WrongType(path, "equalValue[]", "object"));
                    continue;
                }

                var e = new ObjectReader(item, path, diagnostics);
                var carrier = e.String("carrier", required: true);
                if (carrier is not null and not ("electricity" or "heat" or "steam"))
                {
                    diagnostics.Add(ProjectDiagnostics.BadEnum(e.At("carrier"), carrier, "electricity, heat, steam"));
                    carrier = null;
                }

                var coefficient = e.Quantity("coefficient", required: true, null, "0.300 kgce/kWh");
                var source = e.String("source", required: true);
                e.ReportUnknown();
                if (carrier is not null && coefficient is { } c && source is not null)
                {
                    list.Add(new EqualValueCoefficient(carrier, c.Quantity, c.Text, source, path));
                }
            }

            options = options with { EqualValue = list.ToImmutable() };
        }

        o.ReportUnknown();
        return options;
    }

    private static RegionalContext? ReadRegion(ObjectReader root)
    {
        var o = root.Object("region", required: false);
        if (o is null)
        {
            return null;
        }

        var region = new RegionalContext
        {
            Name = o.String("name", required: false),
            BaseYearEnergy = o.Quantity("baseYearEnergy", required: false, Dimension.OfCoalEquivalent, "1200万 tce")?.Quantity,
            BaseYearGdp = o.Quantity("baseYearGdp", required: false, Dimension.OfMoney, "800亿 元")?.Quantity,
            EnergyIncrementQuota = o.Quantity("energyIncrementQuota", required: false, Dimension.OfCoalEquivalent, "150万 tce")?.Quantity,
            GradeTable = o.String("gradeTable", required: false),
            Path = o.Path,
        };
        o.ReportUnknown();
        return region;
    }

    private ExistingFacility? ReadExisting(ObjectReader root, List<Diagnostic> diagnostics)
    {
        var o = root.Object("existing", required: false);
        if (o is null)
        {
            return null;
        }

        var annual = o.Quantity("annualEnergy", required: false, Dimension.OfCoalEquivalent, "8000 tce");
        var unchanged = o.Boolean("siteProcessEquipmentUnchanged");
        var list = ImmutableArray.CreateBuilder<ExistingUnitConsumption>();
        var array = o.Array("unitConsumption", required: false, _limits.MaxArrayLength);
        if (array is not null)
        {
            var i = 0;
            foreach (var item in array.Value.EnumerateArray())
            {
                var path = JsonPointer.Index(o.At("unitConsumption"), i++);
                if (item.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(ProjectDiagnostics.WrongType(path, "unitConsumption[]", "object"));
                    continue;
                }

                var u = new ObjectReader(item, path, diagnostics);
                var product = u.String("product", required: true);
                var value = u.Quantity("value", required: true, null, "118 kgce/t");
                u.ReportUnknown();
                if (product is not null && value is { } v)
                {
                    list.Add(new ExistingUnitConsumption(product, v.Quantity, v.Text, path));
                }
            }
        }

        o.ReportUnknown();
        return new ExistingFacility { AnnualEnergy = annual?.Quantity, SiteProcessEquipmentUnchanged = unchanged, UnitConsumption = list.ToImmutable(), Path = o.Path };
    }
}
