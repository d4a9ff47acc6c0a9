using Carbon.Plugins.Cement.Calculation;
using Carbon.Sdk;

namespace Carbon.Plugins.Cement.Calculators;

/// <summary>
/// Which methodology a 2013-guideline term (raw-meal carbon, alternative fuels) is recorded under: the guideline's own
/// equation is used whatever was chosen, so an IPCC choice is recorded as china-2013 with a CB7121 notice.
/// </summary>
internal static class GuidelineTermMethod
{
    /// <summary>The methodology to record for the line.</summary>
    /// <param name="chosen">The resolved choice.</param>
    /// <param name="reader">Where the notice goes.</param>
    /// <returns>china-2013 or mee-2024.</returns>
    public static string Record(string chosen, LineReader reader)
    {
        if (chosen is CementMethodologyIds.China2013 or CementMethodologyIds.Mee2024)
        {
            return chosen;
        }

        reader.Add(CementDiagnostics.GuidelineTerm(reader.Input.Path, reader.Input.Kind, chosen));
        return CementMethodologyIds.China2013;
    }

    /// <summary>The trace note for the recorded methodology.</summary>
    /// <param name="recorded">china-2013 or mee-2024.</param>
    /// <returns>The note.</returns>
    public static LocalizedText Note(string recorded) => recorded == CementMethodologyIds.Mee2024
        ? new(
            "选择了 mee-2024（CETS-AG-02.01-V01-2024）：按 2013 年《中国水泥生产企业温室气体排放核算方法与报告指南》的公式计算；2024 年指南的公式未核实。",
            "mee-2024 (CETS-AG-02.01-V01-2024) chosen: computed with the 2013 China cement guideline's equation; the 2024 guideline's equations are UNCONFIRMED.")
        : new(
            "按 2013 年《中国水泥生产企业温室气体排放核算方法与报告指南》的公式计算（公式结构已确认）。",
            "Equation of the 2013 China cement guideline (structure confirmed).");
}
