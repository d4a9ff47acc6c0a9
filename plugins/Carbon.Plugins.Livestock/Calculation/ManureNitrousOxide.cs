using System.Collections.Immutable;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// Manure N2O (粪便管理 N2O), in t N2O:
/// <list type="bullet">
/// <item>direct: <c>N × Nex × Σ_s (MS_s × EF3_s) × 44/28 / 1000</c> (IPCC Eq. 10.25 form; GB/T 32151.22 with manure systems),
/// or <c>N × EF / 1000</c> with a regional per-head EF (GB/T Table C.10 without manure systems; the 2011 inventory);</item>
/// <item>indirect, volatilisation: <c>N × Nex × Σ_s (MS_s × Frac_GasMS_s) × EF4 × 44/28 / 1000</c> (GB/T: one Frac_GasMS for all manure);</item>
/// <item>indirect, leaching: <c>N × Nex × Frac_leach × EF5 × 44/28 / 1000</c>, only when the project gives Frac_leach.</item>
/// </list>
/// </summary>
internal static class ManureNitrousOxide
{
    private static readonly Term N2OPerN = new("44/28", Formulas.N2OPerN2ON, "kg N2O/kg N2O-N", InputOrigin.Constant);

    /// <summary>Computes the line's manure N2O lines.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="population">The population.</param>
    /// <param name="shares">The manure shares, or null.</param>
    /// <param name="sharesInvalid">Whether the line gave shares that were invalid.</param>
    /// <returns>The emissions (empty when none could be computed; diagnostics say why).</returns>
    public static ImmutableArray<GasEmission> Compute(HerdScope scope, Population population, ManureShares? shares, bool sharesInvalid)
    {
        if (sharesInvalid)
        {
            return [];
        }

        return scope.Method switch
        {
            LivestockMethods.IpccTier1 or LivestockMethods.IpccTier2 => Ipcc(scope, population, shares),
            LivestockMethods.GbT32151Part22 => Gbt(scope, population, shares),
            LivestockMethods.ChinaProvincialInventory2011 => Inventory(scope, population),
            _ => [],
        };
    }

    private static ImmutableArray<GasEmission> Ipcc(HerdScope scope, Population population, ManureShares? shares)
    {
        if (shares is null)
        {
            scope.Error(LivestockDiagnosticCodes.ManureSystemsRequired, scope.PathOf(HerdParameters.ManureSystems),
                $"方法 {scope.Method} 按各粪便管理方式计算粪便 N2O（EF3、Frac_GasMS），需要 manureSystems，例如 {{\"solid-storage\": 1}}。",
                $"Method {scope.Method} computes manure N2O per manure system (EF3, Frac_GasMS) and needs manureSystems, e.g. {{\"solid-storage\": 1}}.");
            return [];
        }

        var nex = NitrogenExcretion.Resolve(scope);
        var result = ImmutableArray.CreateBuilder<GasEmission>();

        // Direct: Σ MS × EF3 (IPCC Table 10.21).
        var direct = new List<Term>();
        var directSum = 0.0;
        var directOk = true;
        foreach (var share in shares.Shares)
        {
            if (!scope.TryDefault([scope.Query(Series.SystemSubject(share.System.Id), FactorParameters.Ef3, Series.Ipcc)], $"EF3[{share.System.Id}]", HerdUnits.KgN2ONPerKgN,
                share.Path, ($"{share.System.Name.Zh}的直接 N2O 排放因子 EF3（表 10.21）", $"direct N2O factor EF3 of {share.System.Name.En} (Table 10.21)"), null, out var ef3))
            {
                directOk = false;
                continue;
            }

            direct.Add(Ms(share));
            direct.Add(ef3);
            directSum += share.Share * ef3.Value;
        }

        if (nex is not null && directOk)
        {
            result.Add(Emission(population, nex, direct, directSum, "N2O = N × Nex × Σ_s (MS_s × EF3_s) × 44/28 / 1000",
                LivestockEmissionLabels.ManureN2ODirect, new LocalizedText("EF3：IPCC 2006 表 10.21。", "EF3: IPCC 2006 Table 10.21.")));
        }

        // Indirect, volatilisation: Σ MS × Frac_GasMS (IPCC Table 10.22) × EF4.
        FractionMap.TryRead(scope, HerdParameters.FracGasMs, allowSingle: true, out var fracMap);
        var volatilised = new List<Term>();
        var fracSum = 0.0;
        var fracOk = true;
        foreach (var share in shares.Shares)
        {
            var symbol = $"Frac_GasMS[{share.System.Id}]";
            if (fracMap is not null && fracMap.TryGet(share.System.Id, symbol, out var given))
            {
                volatilised.Add(Ms(share));
                volatilised.Add(given);
                fracSum += share.Share * given.Value;
                continue;
            }

            if (scope.Category.IpccFracGasRow is null)
            {
                scope.Error(LivestockDiagnosticCodes.FactorMissing, share.Path,
                    $"IPCC 表 10.22（注释中）没有{scope.Category.Name.Zh}的 Frac_GasMS。请给出 fracGasMs（一个分数或按粪便管理方式的对象）以计算挥发间接 N2O。",
                    $"IPCC Table 10.22 (in the notes) has no Frac_GasMS for {scope.Category.Name.En}. Give fracGasMs (one fraction or one per manure system) to compute indirect N2O from volatilisation.");
                fracOk = false;
                break;
            }

            if (!scope.TryDefault([scope.Query(Series.Subject(scope.Category.IpccFracGasRow), FactorParameters.FracGasMs, Series.With(Series.IpccAsia, share.System.FracGasRow))],
                symbol, HerdUnits.Fraction, share.Path, ($"{share.System.Name.Zh}的 Frac_GasMS（表 10.22）", $"Frac_GasMS of {share.System.Name.En} (Table 10.22)"), HerdParameters.FracGasMs, out var frac))
            {
                fracOk = false;
                continue;
            }

            volatilised.Add(Ms(share));
            volatilised.Add(frac);
            fracSum += share.Share * frac.Value;
        }

        var ef4Ok = scope.TryDefault([scope.Query(FactorParameters.ManureN2OSubject, FactorParameters.Ef4, Series.Ipcc)], "EF4", HerdUnits.KgN2ONPerKgN,
            scope.PathOf(HerdParameters.Category), ("间接 N2O 排放因子 EF4", "indirect N2O factor EF4"), null, out var ef4);
        if (nex is not null && fracOk && ef4Ok)
        {
            volatilised.Add(ef4);
            result.Add(Emission(population, nex, volatilised, fracSum * ef4.Value,
                "N2O = N × Nex × Σ_s (MS_s × Frac_GasMS_s) × EF4 × 44/28 / 1000", LivestockEmissionLabels.ManureN2OVolatilisation,
                new LocalizedText(
                    "Frac_GasMS：未给出时取 IPCC 2006 表 10.22（亚洲）；EF4：IPCC 2006 第 4 卷表 11.3。",
                    "Frac_GasMS: IPCC 2006 Table 10.22 (Asia) unless given; EF4: IPCC 2006 Vol. 4 Table 11.3.")));
        }

        AddLeaching(scope, population, nex, Series.Ipcc, result, new LocalizedText("EF5：IPCC 2006 第 4 卷表 11.3。", "EF5: IPCC 2006 Vol. 4 Table 11.3."));
        return result.ToImmutable();
    }

    private static ImmutableArray<GasEmission> Gbt(HerdScope scope, Population population, ManureShares? shares)
    {
        var result = ImmutableArray.CreateBuilder<GasEmission>();
        var category = scope.Category;
        var nex = NitrogenExcretion.Resolve(scope);
        if (shares is not null)
        {
            var direct = new List<Term>();
            var sum = 0.0;
            var ok = true;
            foreach (var share in shares.Shares)
            {
                if (!scope.TryDefault([scope.Query(Series.SystemSubject(share.System.Id), FactorParameters.Ef3, Series.Gbt)], $"EF3[{share.System.Id}]", HerdUnits.KgN2ONPerKgN,
                    share.Path, ($"{share.System.Name.Zh}的直接 N2O 排放因子 EF3（表 C.9）", $"direct N2O factor EF3 of {share.System.Name.En} (Table C.9)"), null, out var ef3))
                {
                    ok = false;
                    continue;
                }

                direct.Add(Ms(share));
                direct.Add(ef3);
                sum += share.Share * ef3.Value;
            }

            if (nex is not null && ok)
            {
                result.Add(Emission(population, nex, direct, sum, "N2O = N × Nex × Σ_s (MS_s × EF3_s) × 44/28 / 1000",
                    LivestockEmissionLabels.ManureN2ODirect, new LocalizedText("Nex：表 C.8；EF3：GB/T 32151.22-2024 附录 C 表 C.9。", "Nex: Table C.8; EF3: GB/T 32151.22-2024 Appendix C Table C.9.")));
            }
        }
        else if (category.GbtRow is not null)
        {
            var perHead = RegionalPerHead(scope, new FactorRow(Series.Gbt, category.GbtRow), needSharesWhenAbsent: true);
            if (perHead is not null)
            {
                result.Add(PerHeadEmission(population, perHead.Value.Ef, perHead.Value.Note));
            }
        }

        // Indirect, volatilisation: GB/T gives one Frac_GasMS (20 %) for all manure unless the project gives its own.
        if (nex is not null)
        {
            var terms = new List<Term>();
            var frac = 0.0;
            var fracOk = true;
            FractionMap.TryRead(scope, HerdParameters.FracGasMs, allowSingle: true, out var map);
            Term? defaultFrac = null;
            if (map is { All: null } && shares is null)
            {
                scope.Error(LivestockDiagnosticCodes.InvalidFractionMap, map.Path,
                    "按粪便管理方式给出的 fracGasMs 需要同时给出 manureSystems；否则请给出一个用于全部粪便的分数。",
                    "fracGasMs given per manure system needs manureSystems; otherwise give one fraction for all manure.");
                fracOk = false;
            }
            else if (map is { All: { } all })
            {
                terms.Add(new Term("Frac_GasMS", all, HerdUnits.Fraction, InputOrigin.Project, map.Path));
                frac = all;
            }
            else if (shares is not null && map is not null)
            {
                foreach (var share in shares.Shares)
                {
                    Term value;
                    if (!map.TryGet(share.System.Id, $"Frac_GasMS[{share.System.Id}]", out value))
                    {
                        if (defaultFrac is null && !scope.TryDefault([scope.Query(FactorParameters.ManureN2OSubject, FactorParameters.FracGasMs, Series.Gbt)], "Frac_GasMS",
                            HerdUnits.Fraction, map.Path, ("Frac_GasMS 缺省值", "default Frac_GasMS"), HerdParameters.FracGasMs, out defaultFrac))
                        {
                            fracOk = false;
                            break;
                        }

                        value = defaultFrac! with { Symbol = $"Frac_GasMS[{share.System.Id}]" };
                    }

                    terms.Add(Ms(share));
                    terms.Add(value);
                    frac += share.Share * value.Value;
                }
            }
            else if (scope.TryDefault([scope.Query(FactorParameters.ManureN2OSubject, FactorParameters.FracGasMs, Series.Gbt)], "Frac_GasMS", HerdUnits.Fraction,
                scope.PathOf(HerdParameters.Category), ("Frac_GasMS 缺省值", "default Frac_GasMS"), HerdParameters.FracGasMs, out var gbtFrac))
            {
                terms.Add(gbtFrac);
                frac = gbtFrac.Value;
            }
            else
            {
                fracOk = false;
            }

            if (fracOk && scope.TryDefault([scope.Query(FactorParameters.ManureN2OSubject, FactorParameters.Ef4, Series.Gbt)], "EF4", HerdUnits.KgN2ONPerKgN,
                scope.PathOf(HerdParameters.Category), ("间接 N2O 排放因子（挥发）", "indirect N2O factor (volatilisation)"), null, out var ef4))
            {
                terms.Add(ef4);
                result.Add(Emission(population, nex, terms, frac * ef4.Value, "N2O = N × Nex × Frac_GasMS × EF4 × 44/28 / 1000",
                    LivestockEmissionLabels.ManureN2OVolatilisation, new LocalizedText(
                        "Nex：表 C.8；Frac_GasMS 和 EF4：未给出时取 GB/T 32151.22-2024 附录 C 间接 N2O 缺省值。",
                        "Nex: Table C.8; Frac_GasMS and EF4: GB/T 32151.22-2024 Appendix C indirect N2O defaults unless given.")));
            }
        }

        AddLeaching(scope, population, nex, Series.Gbt, result, new LocalizedText("EF5：GB/T 32151.22-2024 附录 C 间接 N2O 缺省值。", "EF5: GB/T 32151.22-2024 Appendix C indirect N2O default."));
        return result.ToImmutable();
    }

    private static ImmutableArray<GasEmission> Inventory(HerdScope scope, Population population)
    {
        if (scope.Category.InventoryManureN2O is not { } row)
        {
            scope.Error(LivestockDiagnosticCodes.FactorMissing, scope.PathOf(HerdParameters.Category),
                $"2011 省级清单指南（注释中）没有{scope.Category.Name.Zh}的粪便管理 N2O 排放因子。请选择其他方法。",
                $"The 2011 provincial inventory guideline (in the notes) has no manure N2O factor for {scope.Category.Name.En}. Choose another method.");
            return [];
        }

        var perHead = RegionalPerHead(scope, row, needSharesWhenAbsent: false);
        return perHead is null ? [] : [PerHeadEmission(population, perHead.Value.Ef, perHead.Value.Note)];
    }

    private static (Term Ef, LocalizedText Note)? RegionalPerHead(HerdScope scope, FactorRow row, bool needSharesWhenAbsent)
    {
        string? region = null;
        var regionPath = scope.PathOf(HerdParameters.Region);
        if (scope.Has(HerdParameters.Region))
        {
            if (!scope.TryChoice(HerdParameters.Region, Choices.Regions, out var r))
            {
                return null;
            }

            region = r;
        }

        var query = scope.Query(row.Subject, FactorParameters.ManureN2OEf, row.Series, region, Gas.N2O);
        if (!scope.Context.Factors.TryResolve(query, out _))
        {
            if (region is null && ManureMethane.HasAnyRegion(scope, row.Subject, FactorParameters.ManureN2OEf, row.Series, Gas.N2O))
            {
                scope.Error(LivestockDiagnosticCodes.RegionRequired, regionPath,
                    $"方法 {scope.Method} 的粪便管理 N2O 排放因子按地区给出：请给出 region（{string.Join("、", Choices.Regions)}）。",
                    $"Method {scope.Method} gives the manure N2O factor by region: give region ({string.Join(", ", Choices.Regions)}).");
                return null;
            }

            if (needSharesWhenAbsent)
            {
                scope.Error(LivestockDiagnosticCodes.ManureSystemsRequired, scope.PathOf(HerdParameters.ManureSystems),
                    $"GB/T 32151.22 表 C.10 没有{scope.Category.Name.Zh}的缺省值（注释中）。请给出 manureSystems（按 Nex × MS × EF3 计算）。",
                    $"GB/T 32151.22 Table C.10 has no default for {scope.Category.Name.En} (in the notes). Give manureSystems (computed as Nex × MS × EF3).");
                return null;
            }
        }

        var note = row.Series == Series.Gbt
            ? new LocalizedText("EF：GB/T 32151.22-2024 附录 C 表 C.10 每头缺省值（直接 N2O）。", "EF: GB/T 32151.22-2024 Appendix C Table C.10 per-head default (direct N2O).")
            : new LocalizedText("EF：2011 年省级温室气体清单编制指南的地区取值（未核实）。", "EF: 2011 provincial inventory guideline regional value (UNCONFIRMED).");
        return scope.TryDefault([query], "EF", HerdUnits.KgN2OPerHeadYear, region is null ? scope.PathOf(HerdParameters.Category) : regionPath,
            ("地区粪便管理 N2O 排放因子", "regional manure N2O emission factor"), null, out var ef) ? (ef, note) : null;
    }

    private static void AddLeaching(HerdScope scope, Population population, NitrogenExcretionResult? nex, string series, ImmutableArray<GasEmission>.Builder result, LocalizedText note)
    {
        if (!scope.TryGet(HerdParameters.FracLeach, out var value))
        {
            return;
        }

        var path = scope.PathOf(HerdParameters.FracLeach);
        if (value.Type != ParameterType.Number || !double.IsFinite(value.Number) || value.Number < 0 || value.Number > 1)
        {
            scope.Error(LivestockDiagnosticCodes.InvalidParameter, path,
                $"fracLeach 必须是 0 到 1 之间的数，实际为“{value.Raw}”。",
                $"fracLeach must be a number from 0 to 1; got '{value.Raw}'.");
            return;
        }

        var frac = new Term("Frac_leach", value.Number, HerdUnits.Fraction, InputOrigin.Project, path);
        if (nex is null || !scope.TryDefault([scope.Query(FactorParameters.ManureN2OSubject, FactorParameters.Ef5, series)], "EF5", HerdUnits.KgN2ONPerKgN,
            path, ("间接 N2O 排放因子 EF5（淋溶）", "indirect N2O factor EF5 (leaching)"), null, out var ef5))
        {
            return;
        }

        result.Add(Emission(population, nex, [frac, ef5], frac.Value * ef5.Value, "N2O = N × Nex × Frac_leach × EF5 × 44/28 / 1000",
            LivestockEmissionLabels.ManureN2OLeaching, new LocalizedText("Frac_leach：项目给出；" + note.Zh, "Frac_leach: project-supplied; " + note.En)));
    }

    private static Term Ms(ManureShare share) => new($"MS[{share.System.Id}]", share.Share, HerdUnits.Fraction, InputOrigin.Project, share.Path);

    /// <summary>t N2O = N × Nex × (factor) × 44/28 / 1000.</summary>
    private static GasEmission Emission(Population population, NitrogenExcretionResult nex, IEnumerable<Term> terms, double factor, string formula, LocalizedText label, LocalizedText note)
    {
        var trace = new TraceBuilder().Add(population.Terms).Add(nex.Terms).Add(terms).Add(N2OPerN).Note(population.Note).Note(nex.Note).Note(note);
        var tonnes = population.Average * nex.Nex.Value * factor * Formulas.N2OPerN2ON / Formulas.KgPerTonne;
        return new GasEmission(EmissionSources.ManureManagement, Gas.N2O, tonnes, trace.Build(formula), label);
    }

    private static GasEmission PerHeadEmission(Population population, Term ef, LocalizedText note)
    {
        var trace = new TraceBuilder().Add(population.Terms).Add(ef).Note(population.Note).Note(note);
        return new GasEmission(EmissionSources.ManureManagement, Gas.N2O, population.Average * ef.Value / Formulas.KgPerTonne, trace.Build("N2O = N × EF / 1000"), LivestockEmissionLabels.ManureN2ODirect);
    }
}
