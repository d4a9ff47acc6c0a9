using System.Globalization;
using Carbon.Plugins.Livestock.Data;
using Carbon.Plugins.Livestock.Diagnostics;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Plugins.Livestock.Herd;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// Reads the annual mean temperature and picks temperature rows and IPCC climate bands. Temperature tables have
/// whole-degree rows, so the temperature is rounded to the nearest whole degree (halves away from zero); this
/// reading is the plugin's and is stated in every trace that uses it.
/// </summary>
internal static class ClimateReader
{
    /// <summary>The trace note on rounding.</summary>
    public static readonly LocalizedText RoundingNote = new(
        "查表行：年平均气温按四舍五入取整（.5 向远离零的方向进位）。",
        "Table row: the annual mean temperature rounded to the nearest whole degree (halves away from zero).");

    /// <summary>Reads the temperature, reporting <see cref="LivestockDiagnosticCodes.TemperatureRequired"/> when missing.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="purpose">What it is needed for (zh, en).</param>
    /// <param name="term">The temperature.</param>
    /// <returns>True when given and valid.</returns>
    public static bool TryTemperature(HerdScope scope, (string Zh, string En) purpose, out Term term)
    {
        if (scope.TryQuantity(HerdParameters.Temperature, "T", Dimension.OfTemperature, HerdUnits.Celsius, out term))
        {
            return true;
        }

        if (!scope.Has(HerdParameters.Temperature))
        {
            scope.Error(LivestockDiagnosticCodes.TemperatureRequired, scope.PathOf(HerdParameters.Temperature),
                $"方法 {scope.Method} 需要年平均气温 temperature（例如 \"20 °C\"）以{purpose.Zh}。",
                $"Method {scope.Method} needs the annual mean temperature (e.g. \"20 °C\") to {purpose.En}.");
        }

        return false;
    }

    /// <summary>The whole degree a temperature is looked up at.</summary>
    /// <param name="celsius">The temperature.</param>
    /// <returns>The rounded degree.</returns>
    public static int Degrees(double celsius) => (int)Math.Round(celsius, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Finds the row of a temperature table. Outside the table's transcribed range the edge row is an unconfirmed
    /// extension: used with a warning when unconfirmed values are allowed and <paramref name="edgesExtend"/> is set,
    /// otherwise an error.
    /// </summary>
    /// <param name="scope">The scope.</param>
    /// <param name="temperature">The temperature term.</param>
    /// <param name="subject">The record subject.</param>
    /// <param name="parameter">The record parameter.</param>
    /// <param name="series">The series.</param>
    /// <param name="edgesExtend">Whether the first/last row may stand for temperatures beyond it.</param>
    /// <param name="hint">The parameter the user can give instead.</param>
    /// <param name="row">The row.</param>
    /// <returns>True when a row applies.</returns>
    public static bool TryRow(HerdScope scope, Term temperature, string subject, string parameter, string series, bool edgesExtend, string hint, out TemperatureRow row)
    {
        var degrees = Degrees(temperature.Value);
        if (scope.Data.Temperatures.TryFind(subject, parameter, series, degrees, out row))
        {
            return true;
        }

        var path = scope.PathOf(HerdParameters.Temperature);
        var shown = temperature.Value.ToString("R", CultureInfo.InvariantCulture);
        if (edgesExtend && scope.Data.Temperatures.TryGetEdges(subject, parameter, series, out var first, out var last)
            && (degrees < first.Low || degrees > last.High))
        {
            row = degrees < first.Low ? first : last;
            var edge = degrees < first.Low ? first.Low : last.High;
            if (scope.UnconfirmedAllowed)
            {
                scope.Warning(LivestockDiagnosticCodes.TemperatureOutsideTable, path,
                    $"气温 {shown} °C 超出所转录表格的范围，使用边缘列 {edge} °C 的数值；该外推未经核实。",
                    $"The temperature {shown} °C lies outside the transcribed table; the edge column {edge} °C is used, an UNCONFIRMED extension.");
                return true;
            }

            scope.Error(LivestockDiagnosticCodes.TemperatureOutsideTable, path,
                $"气温 {shown} °C 超出所转录表格的范围（{first.Low}–{last.High} °C）。用边缘列外推未经核实：请给出 {hint}，或设置 allowUnconfirmed: true。",
                $"The temperature {shown} °C lies outside the transcribed table ({first.Low}–{last.High} °C). Using the edge column is an UNCONFIRMED extension: give {hint}, or set allowUnconfirmed: true.");
            return false;
        }

        scope.Error(LivestockDiagnosticCodes.FactorMissing, path,
            $"方法 {scope.Method} 在 {shown} °C（取整 {degrees} °C）没有 {subject} / {parameter} 的表格行（{series}）。请给出 {hint}。",
            $"Method {scope.Method} has no {subject} / {parameter} table row at {shown} °C (rounded {degrees} °C) in {series}. Give {hint}.");
        return false;
    }

    /// <summary>
    /// The IPCC climate band: <c>climateZone</c> when given; otherwise derived from the temperature with the
    /// unconfirmed band limits (cool &lt; 15 °C, warm &gt; 25 °C), which needs <c>allowUnconfirmed</c>.
    /// </summary>
    /// <param name="scope">The scope.</param>
    /// <param name="trace">The trace to add the terms and note to.</param>
    /// <param name="band">The band.</param>
    /// <returns>True when a band applies.</returns>
    public static bool TryBand(HerdScope scope, TraceBuilder trace, out string band)
    {
        if (scope.TryChoice(HerdParameters.ClimateZone, Choices.ClimateBands, out band))
        {
            trace.Note($"气候带 {band}：由 climateZone 给出。", $"Climate band {band}: given as climateZone.");
            return true;
        }

        if (scope.Has(HerdParameters.ClimateZone))
        {
            return false;
        }

        var path = scope.PathOf(HerdParameters.ClimateZone);
        if (!scope.Has(HerdParameters.Temperature))
        {
            scope.Error(LivestockDiagnosticCodes.TemperatureRequired, path,
                $"方法 {scope.Method} 需要 IPCC 气候带 climateZone（cool、temperate 或 warm）或年平均气温 temperature。",
                $"Method {scope.Method} needs the IPCC climate band climateZone (cool, temperate or warm) or the annual mean temperature.");
            return false;
        }

        if (!TryTemperature(scope, ("确定气候带", "find the climate band"), out var t))
        {
            return false;
        }

        var cool = scope.Context.Factors.TryResolve(scope.Query(FactorParameters.ClimateBandSubject, FactorParameters.CoolUpper, Series.Ipcc), out var coolRecord);
        var warm = scope.Context.Factors.TryResolve(scope.Query(FactorParameters.ClimateBandSubject, FactorParameters.WarmLower, Series.Ipcc), out var warmRecord);
        if (!cool || !warm)
        {
            scope.Error(LivestockDiagnosticCodes.FactorMissing, path,
                "数据中没有 IPCC 气候带界限。请给出 climateZone（cool、temperate 或 warm）。",
                "The data holds no IPCC climate-band limits. Give climateZone (cool, temperate or warm).");
            return false;
        }

        if (!scope.TryTerm(coolRecord, "T_cool<", HerdUnits.Celsius, path, out var coolTerm) || !scope.TryTerm(warmRecord, "T_warm>", HerdUnits.Celsius, path, out var warmTerm))
        {
            return false;
        }

        var limits = $"cool < {coolTerm.Value.ToString("R", CultureInfo.InvariantCulture)} °C, warm > {warmTerm.Value.ToString("R", CultureInfo.InvariantCulture)} °C";
        var unconfirmed = coolRecord.Status == DataStatus.Unconfirmed || warmRecord.Status == DataStatus.Unconfirmed;
        if (unconfirmed && !scope.UnconfirmedAllowed)
        {
            scope.Error(LivestockDiagnosticCodes.ClimateBandUnconfirmed, path,
                $"IPCC 气候带界限（{limits}）未经核实，不据此由气温推定气候带。请给出 climateZone（cool、temperate 或 warm），或设置 allowUnconfirmed: true。",
                $"The IPCC climate-band limits ({limits}) are UNCONFIRMED, so the band is not derived from the temperature. Give climateZone (cool, temperate or warm), or set allowUnconfirmed: true.");
            return false;
        }

        band = t.Value < coolTerm.Value ? "cool" : t.Value > warmTerm.Value ? "warm" : "temperate";
        trace.Add(t, coolTerm, warmTerm).Note(
            $"气候带 {band}：由 T 与气候带界限推定（cool < T_cool<，warm > T_warm>）。",
            $"Climate band {band}: derived from T with the band limits (cool < T_cool<, warm > T_warm>).");
        if (unconfirmed)
        {
            scope.Warning(LivestockDiagnosticCodes.ClimateBandUnconfirmed, path,
                $"气候带 {band} 由气温按未核实的界限推定（{limits}）。",
                $"The climate band {band} was derived from the temperature with the UNCONFIRMED limits ({limits}).");
        }

        return true;
    }

    /// <summary>Resolves the record of a temperature row by its exact variant.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="parameter">The parameter.</param>
    /// <param name="row">The row.</param>
    /// <param name="gas">The gas, or null.</param>
    /// <returns>The query.</returns>
    public static FactorQuery RowQuery(HerdScope scope, string subject, string parameter, TemperatureRow row, Gas? gas = null) =>
        scope.Query(subject, parameter, row.Variant, gas: gas);

    /// <summary>A term for the whole degree a temperature was looked up at.</summary>
    /// <param name="temperature">The temperature.</param>
    /// <returns>The term.</returns>
    public static Term RowTerm(Term temperature) =>
        new("T_row", Degrees(temperature.Value), HerdUnits.Celsius, InputOrigin.Derived);
}
