using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// Enteric fermentation CH4 (肠道发酵): <c>CH4 = N × EF / 1000</c> (t), IPCC 2006 Tier 1 form (Eqs. 10.19/10.20,
/// numbering UNCONFIRMED), with EF from the chosen method's table or from the project (<c>entericEf</c>).
/// This plugin implements no Tier 2 enteric method (gross energy and Ym), so Tier 2 uses the Tier 1 EF.
/// </summary>
internal static class EntericFermentation
{
    /// <summary>Computes the line's enteric CH4, or null (with a diagnostic, or an info for poultry).</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="population">The population.</param>
    /// <returns>The emission, or null.</returns>
    public static GasEmission? Compute(HerdScope scope, Population population)
    {
        var trace = new TraceBuilder().Add(population.Terms).Note(population.Note);
        Term ef;
        if (scope.Has(HerdParameters.EntericEf))
        {
            if (!scope.TryQuantity(HerdParameters.EntericEf, "EF", HerdUnits.PerHeadPerTime, HerdUnits.KgCh4PerHeadYear, out ef))
            {
                return null;
            }

            trace.Note("EF：项目给出（entericEf）。", "EF: project-supplied (entericEf).");
        }
        else if (!TryDefault(scope, trace, out ef))
        {
            return null;
        }

        trace.Add(ef);
        var tonnes = population.Average * ef.Value / Formulas.KgPerTonne;
        return new GasEmission(EmissionSources.EntericFermentation, Gas.CH4, tonnes, trace.Build("CH4 = N × EF / 1000"), LivestockEmissionLabels.EntericMethane);
    }

    private static bool TryDefault(HerdScope scope, TraceBuilder trace, out Term ef)
    {
        ef = null!;
        var category = scope.Category;
        var path = scope.PathOf(HerdParameters.Category);
        var what = ("肠道发酵 CH4 排放因子", "enteric CH4 emission factor");
        if (category.IsPoultry)
        {
            scope.Info(LivestockDiagnosticCodes.NoEntericFactor, path,
                $"注释中没有家禽（{category.Name.Zh}）的肠道发酵 CH4 排放因子（IPCC 2006 第1层级未列出；是否为“数据不足”未核实），未计算该项。如有实测值，请给出 entericEf。",
                $"The notes give no enteric CH4 factor for poultry ({category.Name.En}) (not listed for IPCC 2006 Tier 1; whether IPCC states 'insufficient data' is UNCONFIRMED), so none is computed. Give entericEf if you have a measured value.");
            return false;
        }

        switch (scope.Method)
        {
            case LivestockMethods.IpccTier1:
            case LivestockMethods.IpccTier2:
                if (category.IpccEnteric is null)
                {
                    break;
                }

                trace.Note(scope.Method == LivestockMethods.IpccTier2
                    ? new LocalizedText("EF：IPCC 2006 方法 1 缺省值（本插件没有方法 2 的肠道发酵计算）。", "EF: IPCC 2006 Tier 1 default (this plugin has no Tier 2 enteric method).")
                    : new LocalizedText("EF：IPCC 2006 方法 1 缺省值（表 10.10/10.11，亚洲/发展中国家）。", "EF: IPCC 2006 Tier 1 default (Table 10.10/10.11, Asia / developing countries)."));
                return scope.TryDefault([scope.Query(Series.Subject(category.IpccEnteric), FactorParameters.EntericCh4Ef, Series.IpccAsia, gas: Gas.CH4)],
                    "EF", HerdUnits.KgCh4PerHeadYear, path, what, HerdParameters.EntericEf, out ef);
            case LivestockMethods.GbT32151Part22:
                if (category.GbtRow is null)
                {
                    break;
                }

                var variant = Series.Gbt;
                if (category.GbtEntericByAge)
                {
                    if (!scope.TryChoice(HerdParameters.AgeClass, Choices.AgeClasses, out var age))
                    {
                        if (!scope.Has(HerdParameters.AgeClass))
                        {
                            scope.Error(LivestockDiagnosticCodes.AgeClassRequired, scope.PathOf(HerdParameters.AgeClass),
                                $"GB/T 32151.22 表 C.3 按年龄组给出{category.Name.Zh}的肠道发酵排放因子：请给出 ageClass（young = 当年生，adult = 其他成年畜，breeding-female = 繁殖母畜），不同年龄组分行填写。",
                                $"GB/T 32151.22 Table C.3 gives the enteric EF of {category.Name.En} by age class: give ageClass (young = 当年生, adult = 其他成年畜, breeding-female = 繁殖母畜), one herd line per age class.");
                        }

                        return false;
                    }

                    variant = Series.With(Series.Gbt, age);
                }

                trace.Note("EF：GB/T 32151.22-2024 附录 C 表 C.3 缺省值。", "EF: GB/T 32151.22-2024 Appendix C Table C.3 default.");
                return scope.TryDefault([scope.Query(Series.Subject(category.GbtRow), FactorParameters.EntericCh4Ef, variant, gas: Gas.CH4)],
                    "EF", HerdUnits.KgCh4PerHeadYear, path, what, HerdParameters.EntericEf, out ef);
            case LivestockMethods.ChinaProvincialInventory2011:
                if (category.InventoryEnteric is null)
                {
                    break;
                }

                var inventoryVariant = Series.Inventory;
                if (category.InventoryEntericByFeedingMode)
                {
                    if (!scope.TryChoice(HerdParameters.FeedingMode, Choices.FeedingModes, out var mode))
                    {
                        if (!scope.Has(HerdParameters.FeedingMode))
                        {
                            scope.Error(LivestockDiagnosticCodes.FeedingModeRequired, scope.PathOf(HerdParameters.FeedingMode),
                                $"2011 省级清单指南按饲养方式给出{category.Name.Zh}的肠道发酵排放因子：请给出 feedingMode（intensive = 规模化，household = 农户散养，grazing = 放牧）。",
                                $"The 2011 provincial inventory guideline gives the enteric EF of {category.Name.En} by feeding mode: give feedingMode (intensive = 规模化, household = 农户散养, grazing = 放牧).");
                        }

                        return false;
                    }

                    inventoryVariant = Series.With(Series.Inventory, mode);
                }

                trace.Note("EF：2011 年省级温室气体清单编制指南的取值（未核实）。", "EF: 2011 provincial inventory guideline value (UNCONFIRMED).");
                return scope.TryDefault([scope.Query(Series.Subject(category.InventoryEnteric), FactorParameters.EntericCh4Ef, inventoryVariant, gas: Gas.CH4)],
                    "EF", HerdUnits.KgCh4PerHeadYear, path, what, HerdParameters.EntericEf, out ef);
        }

        scope.Error(LivestockDiagnosticCodes.FactorMissing, path,
            $"方法 {scope.Method} 没有{category.Name.Zh}的肠道发酵 CH4 排放因子。请给出 entericEf，或选择其他方法。",
            $"Method {scope.Method} has no enteric CH4 factor for {category.Name.En}. Give entericEf, or choose another method.");
        return false;
    }
}
