using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// Manure management CH4 (粪便管理 CH4): <c>CH4 = N × EF / 1000</c> (t) where EF is
/// <list type="bullet">
/// <item>IPCC Tier 1: Table 10.14 by temperature (cattle, buffalo, swine) or Table 10.15 by climate band;</item>
/// <item>IPCC Tier 2 and GB/T 32151.22 with manure systems: <c>EF = VS × 365 × B0 × ρ × Σ (MCF × MS)</c>, ρ = 0.67 kg/m³;</item>
/// <item>GB/T 32151.22 without manure systems and the 2011 inventory: the regional default (Table C.7);</item>
/// <item>or the project's <c>manureCh4Ef</c>.</item>
/// </list>
/// </summary>
internal static class ManureMethane
{
    private const string Formula = "CH4 = N × EF / 1000";

    /// <summary>Computes the line's manure CH4, or null with a diagnostic.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="population">The population.</param>
    /// <param name="shares">The manure shares, or null.</param>
    /// <param name="sharesInvalid">Whether the line gave shares that were invalid.</param>
    /// <returns>The emission, or null.</returns>
    public static GasEmission? Compute(HerdScope scope, Population population, ManureShares? shares, bool sharesInvalid)
    {
        var trace = new TraceBuilder().Add(population.Terms).Note(population.Note);
        Term? ef = null;
        var formula = Formula;
        if (scope.Has(HerdParameters.ManureCh4Ef))
        {
            if (scope.TryQuantity(HerdParameters.ManureCh4Ef, "EF", HerdUnits.PerHeadPerTime, HerdUnits.KgCh4PerHeadYear, out var given))
            {
                ef = given;
                trace.Note("EF：项目给出（manureCh4Ef）。", "EF: project-supplied (manureCh4Ef).");
            }
        }
        else
        {
            switch (scope.Method)
            {
                case LivestockMethods.IpccTier1:
                    ef = Tier1(scope, trace);
                    break;
                case LivestockMethods.IpccTier2:
                    ef = sharesInvalid ? null : VsB0Mcf(scope, trace, shares, Series.IpccAsia);
                    formula = Formula + "; EF = VS × 365 × B0 × ρ × Σ_s (MCF_s × MS_s)";
                    break;
                case LivestockMethods.GbT32151Part22 when shares is not null || sharesInvalid:
                    ef = sharesInvalid ? null : VsB0Mcf(scope, trace, shares, Series.Gbt);
                    formula = Formula + "; EF = VS × 365 × B0 × ρ × Σ_s (MCF_s × MS_s)";
                    break;
                case LivestockMethods.GbT32151Part22:
                    ef = scope.Category.GbtRow is null ? null : Regional(scope, trace, new FactorRow(Series.Gbt, scope.Category.GbtRow), gbtWithoutShares: true);
                    break;
                case LivestockMethods.ChinaProvincialInventory2011:
                    ef = scope.Category.InventoryManureCh4 is { } row ? Regional(scope, trace, row, gbtWithoutShares: false) : Missing(scope);
                    break;
            }
        }

        if (ef is null)
        {
            return null;
        }

        trace.Add(ef);
        var tonnes = population.Average * ef.Value / Formulas.KgPerTonne;
        return new GasEmission(EmissionSources.ManureManagement, Gas.CH4, tonnes, trace.Build(formula), LivestockEmissionLabels.ManureMethane);
    }

    private static Term? Tier1(HerdScope scope, TraceBuilder trace)
    {
        var category = scope.Category;
        if (category.IpccManureRow is null)
        {
            return Missing(scope);
        }

        var subject = Series.Subject(category.IpccManureRow);
        var path = scope.PathOf(HerdParameters.Category);
        var what = ("粪便管理 CH4 排放因子", "manure CH4 emission factor");
        if (category.IpccManure == IpccManureTable.ByTemperature)
        {
            if (!ClimateReader.TryTemperature(scope, ("查 IPCC 表 10.14", "look up IPCC Table 10.14"), out var t)
                || !ClimateReader.TryRow(scope, t, subject, FactorParameters.ManureCh4Ef, Series.IpccAsia, edgesExtend: true, HerdParameters.ManureCh4Ef, out var row))
            {
                return null;
            }

            trace.Add(t, ClimateReader.RowTerm(t)).Note(ClimateReader.RoundingNote)
                .Note("EF：IPCC 2006 表 10.14（亚洲）按年平均气温的方法 1 缺省值。", "EF: IPCC 2006 Table 10.14 (Asia) Tier 1 default by annual average temperature.");
            return scope.TryDefault([ClimateReader.RowQuery(scope, subject, FactorParameters.ManureCh4Ef, row, Gas.CH4)],
                "EF", HerdUnits.KgCh4PerHeadYear, scope.PathOf(HerdParameters.Temperature), what, HerdParameters.ManureCh4Ef, out var ef) ? ef : null;
        }

        if (!ClimateReader.TryBand(scope, trace, out var band))
        {
            return null;
        }

        trace.Note("EF：IPCC 2006 表 10.15（发展中国家）按气候带的方法 1 缺省值。", "EF: IPCC 2006 Table 10.15 (developing countries) Tier 1 default by climate band.");
        return scope.TryDefault([scope.Query(subject, FactorParameters.ManureCh4Ef, Series.With(Series.IpccAsia, band), gas: Gas.CH4)],
            "EF", HerdUnits.KgCh4PerHeadYear, path, what, HerdParameters.ManureCh4Ef, out var bandEf) ? bandEf : null;
    }

    private static Term? VsB0Mcf(HerdScope scope, TraceBuilder trace, ManureShares? shares, string series)
    {
        var category = scope.Category;
        if (shares is null)
        {
            scope.Error(LivestockDiagnosticCodes.ManureSystemsRequired, scope.PathOf(HerdParameters.ManureSystems),
                $"方法 {scope.Method} 按 VS × 365 × B0 × 0.67 × Σ(MCF × MS) 计算粪便管理 CH4，需要各粪便管理方式的比例 manureSystems（或直接给出 manureCh4Ef）。",
                $"Method {scope.Method} computes manure CH4 as VS × 365 × B0 × 0.67 × Σ(MCF × MS) and needs the manure-system shares manureSystems (or give manureCh4Ef).");
            return null;
        }

        var ipcc = series == Series.IpccAsia;
        var path = scope.PathOf(HerdParameters.Category);
        var rows = new List<FactorRow>();
        if (ipcc && category.IpccVsB0Row is not null)
        {
            rows.Add(new FactorRow(Series.IpccAsia, category.IpccVsB0Row));
        }

        if (category.GbtRow is not null)
        {
            rows.Add(new FactorRow(Series.Gbt, category.GbtRow));
        }

        Term? vs = null;
        if (scope.Has(HerdParameters.Vs))
        {
            vs = scope.TryQuantity(HerdParameters.Vs, "VS", HerdUnits.PerHeadPerTime, HerdUnits.KgVsPerHeadDay, out var v) ? v : null;
        }
        else if (scope.TryDefault(rows.Select(r => scope.Query(r.Subject, FactorParameters.Vs, r.Series)), "VS", HerdUnits.KgVsPerHeadDay, path,
            ("挥发性固体排泄量 VS", "volatile solids VS"), HerdParameters.Vs, out var vsDefault))
        {
            vs = vsDefault;
        }

        Term? b0 = null;
        if (scope.Has(HerdParameters.B0))
        {
            b0 = scope.TryQuantity(HerdParameters.B0, "B0", HerdUnits.VolumePerMass, HerdUnits.CubicMetrePerKgVs, out var b) ? b : null;
        }
        else if (scope.TryDefault(rows.Select(r => scope.Query(r.Subject, FactorParameters.B0, r.Series)), "B0", HerdUnits.CubicMetrePerKgVs, path,
            ("最大产甲烷能力 B0", "maximum CH4 producing capacity B0"), HerdParameters.B0, out var b0Default))
        {
            b0 = b0Default;
        }

        var densitySeries = ipcc ? Series.Ipcc : Series.Gbt;
        var densityOk = scope.TryDefault([scope.Query(FactorParameters.MethaneSubject, FactorParameters.Density, densitySeries)], "ρ", HerdUnits.KgPerCubicMetre, path,
            ("CH4 密度换算系数", "CH4 density conversion factor"), null, out var density);

        FractionMap.TryRead(scope, HerdParameters.Mcf, allowSingle: false, out var mcfMap);
        var weighted = 0.0;
        var terms = new List<Term>();
        var ok = vs is not null && b0 is not null && densityOk;
        Term? temperature = null;
        string? band = null;
        foreach (var share in shares.Shares)
        {
            var ms = new Term($"MS[{share.System.Id}]", share.Share, HerdUnits.Fraction, InputOrigin.Project, share.Path);
            var mcf = Mcf(scope, trace, share, mcfMap, ipcc, ref temperature, ref band);
            if (mcf is null)
            {
                ok = false;
                continue;
            }

            terms.Add(ms);
            terms.Add(mcf);
            weighted += mcf.Value * share.Share;
        }

        if (!ok)
        {
            return null;
        }

        var ef = vs!.Value * Formulas.DaysPerYear * b0!.Value * density.Value * weighted;
        trace.Add(vs, new Term("365", Formulas.DaysPerYear, "d/yr", InputOrigin.Constant), b0, density).Add(terms)
            .Note(ipcc
                ? new LocalizedText(
                    "EF：IPCC 2006 方法 2 粪便管理 CH4 公式；VS/B0 取项目值、IPCC 东亚及东南亚缺省值或 GB/T 32151.22 表 C.4/C.5（国家特定值）；MCF 取项目值、GB/T 32151.22 表 C.6 或 IPCC 表 10.17（未核实）。",
                    "EF: IPCC 2006 Tier 2 manure CH4 equation; VS/B0 from the project, the IPCC E–SE Asia defaults or GB/T 32151.22 Tables C.4/C.5 (country-specific); MCF from the project, GB/T 32151.22 Table C.6 or IPCC Table 10.17 (UNCONFIRMED).")
                : new LocalizedText(
                    "EF：GB/T 32151.22-2024 附录 C 公式，取表 C.4（VS）、C.5（B0）和 C.6（MCF）。",
                    "EF: GB/T 32151.22-2024 Appendix C equation with Tables C.4 (VS), C.5 (B0) and C.6 (MCF)."));
        return new Term("EF", ef, HerdUnits.KgCh4PerHeadYear, InputOrigin.Derived);
    }

    private static Term? Mcf(HerdScope scope, TraceBuilder trace, ManureShare share, FractionMap? map, bool ipcc, ref Term? temperature, ref string? band)
    {
        var symbol = $"MCF[{share.System.Id}]";
        if (map is not null && map.TryGet(share.System.Id, symbol, out var given))
        {
            return given;
        }

        if (temperature is null)
        {
            if (!ClimateReader.TryTemperature(scope, ("查甲烷转化因子 MCF（或给出 mcf）", "look up the methane conversion factors (or give mcf)"), out var t))
            {
                return null;
            }

            temperature = t;
            trace.Add(t, ClimateReader.RowTerm(t)).Note(ClimateReader.RoundingNote);
        }

        var subject = Series.SystemSubject(share.System.Id);
        var degrees = ClimateReader.Degrees(temperature.Value);
        if (scope.Data.Temperatures.TryFind(subject, FactorParameters.Mcf, Series.Gbt, degrees, out var row))
        {
            return scope.TryDefault([ClimateReader.RowQuery(scope, subject, FactorParameters.Mcf, row)], symbol, HerdUnits.Fraction, share.Path,
                ("甲烷转化因子 MCF", "methane conversion factor"), HerdParameters.Mcf, out var mcf) ? mcf : null;
        }

        if (ipcc && scope.UnconfirmedAllowed)
        {
            if (band is null && !ClimateReader.TryBand(scope, trace, out band))
            {
                return null;
            }

            return scope.TryDefault(
                [scope.Query(subject, FactorParameters.Mcf, Series.With(Series.Ipcc, band!)), scope.Query(subject, FactorParameters.Mcf, Series.With(Series.Ipcc, "any"))],
                symbol, HerdUnits.Fraction, share.Path, ("甲烷转化因子 MCF", "methane conversion factor"), HerdParameters.Mcf, out var ipccMcf) ? ipccMcf : null;
        }

        var rows = scope.Data.Temperatures.Describe(subject, FactorParameters.Mcf, Series.Gbt);
        scope.Error(LivestockDiagnosticCodes.FactorMissing, share.Path,
            $"没有 {share.System.Id}（{share.System.Name.Zh}）在 {degrees} °C 的甲烷转化因子：GB/T 32151.22 表 C.6 该方式只转录了 {rows} 的行"
                + (ipcc ? "，IPCC 表 10.17 的数值未经核实。请在 mcf 中给出该方式的 MCF，或设置 allowUnconfirmed: true。" : "。请在 mcf 中给出该方式的 MCF。"),
            $"No methane conversion factor for {share.System.Id} ({share.System.Name.En}) at {degrees} °C: GB/T 32151.22 Table C.6 is transcribed for {rows} only for this system"
                + (ipcc ? " and the IPCC Table 10.17 values are UNCONFIRMED. Give the system's MCF in mcf, or set allowUnconfirmed: true." : ". Give the system's MCF in mcf."));
        return null;
    }

    private static Term? Regional(HerdScope scope, TraceBuilder trace, FactorRow row, bool gbtWithoutShares)
    {
        var subject = row.Subject;
        var regionPath = scope.PathOf(HerdParameters.Region);
        string? region = null;
        if (scope.Has(HerdParameters.Region))
        {
            if (!scope.TryChoice(HerdParameters.Region, Choices.Regions, out var r))
            {
                return null;
            }

            region = r;
        }

        var query = scope.Query(subject, FactorParameters.ManureCh4Ef, row.Series, region, Gas.CH4);
        if (region is null && !scope.Context.Factors.TryResolve(query, out _))
        {
            if (gbtWithoutShares && !HasAnyRegion(scope, subject, FactorParameters.ManureCh4Ef, row.Series, Gas.CH4))
            {
                return NeedShares(scope);
            }

            scope.Error(LivestockDiagnosticCodes.RegionRequired, regionPath,
                $"方法 {scope.Method} 的粪便管理 CH4 排放因子按地区给出：请给出 region（{string.Join("、", Choices.Regions)}）。",
                $"Method {scope.Method} gives the manure CH4 factor by region: give region ({string.Join(", ", Choices.Regions)}).");
            return null;
        }

        if (gbtWithoutShares && !scope.Context.Factors.TryResolve(query, out _))
        {
            return NeedShares(scope);
        }

        trace.Note(row.Series == Series.Gbt
            ? new LocalizedText("EF：GB/T 32151.22-2024 附录 C 表 C.7 地区缺省值。", "EF: GB/T 32151.22-2024 Appendix C Table C.7 regional default.")
            : new LocalizedText("EF：2011 年省级温室气体清单编制指南的地区取值（未核实）。", "EF: 2011 provincial inventory guideline regional value (UNCONFIRMED)."));
        return scope.TryDefault([query], "EF", HerdUnits.KgCh4PerHeadYear, region is null ? scope.PathOf(HerdParameters.Category) : regionPath,
            ("地区粪便管理 CH4 排放因子", "regional manure CH4 emission factor"), HerdParameters.ManureCh4Ef, out var ef) ? ef : null;
    }

    private static Term? NeedShares(HerdScope scope)
    {
        scope.Error(LivestockDiagnosticCodes.ManureSystemsRequired, scope.PathOf(HerdParameters.ManureSystems),
            $"GB/T 32151.22 表 C.7 没有{scope.Category.Name.Zh}的地区缺省值（注释中）。请给出 manureSystems（按表 C.4–C.6 计算），或给出 manureCh4Ef。",
            $"GB/T 32151.22 Table C.7 has no regional default for {scope.Category.Name.En} (in the notes). Give manureSystems (computed with Tables C.4–C.6), or give manureCh4Ef.");
        return null;
    }

    private static Term? Missing(HerdScope scope)
    {
        scope.Error(LivestockDiagnosticCodes.FactorMissing, scope.PathOf(HerdParameters.Category),
            $"方法 {scope.Method} 没有{scope.Category.Name.Zh}的粪便管理 CH4 排放因子。请给出 manureCh4Ef，或选择其他方法。",
            $"Method {scope.Method} has no manure CH4 factor for {scope.Category.Name.En}. Give manureCh4Ef, or choose another method.");
        return null;
    }

    /// <summary>Whether any of the six regions has a record (to tell "give region" from "no regional table").</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="parameter">The parameter.</param>
    /// <param name="series">The series.</param>
    /// <param name="gas">The gas.</param>
    /// <returns>True when some region has one.</returns>
    internal static bool HasAnyRegion(HerdScope scope, string subject, string parameter, string series, Gas gas)
    {
        foreach (var region in Choices.Regions)
        {
            if (scope.Context.Factors.TryResolve(scope.Query(subject, parameter, series, region, gas), out _))
            {
                return true;
            }
        }

        return false;
    }
}
