namespace Carbon.Plugins.Livestock.Data;

/// <summary>
/// One row of a table indexed by annual mean temperature, read from a record variant qualifier:
/// <c>t=20</c> (20 °C), <c>t&lt;=10</c> (≤ 10 °C), <c>t&gt;=28</c> (≥ 28 °C) or <c>t=15..25</c> (15–25 °C).
/// Bounds are whole degrees, inclusive; open ends are <see cref="int.MinValue"/> / <see cref="int.MaxValue"/>.
/// </summary>
/// <param name="Low">The lowest whole degree the row covers.</param>
/// <param name="High">The highest whole degree the row covers.</param>
/// <param name="Variant">The full record variant, e.g. <c>gbt-32151.22-2024/t=20</c>.</param>
internal readonly record struct TemperatureRow(int Low, int High, string Variant)
{
    /// <summary>Whether the row covers a whole degree.</summary>
    /// <param name="degrees">The temperature in whole degrees.</param>
    /// <returns>True when covered.</returns>
    public bool Covers(int degrees) => degrees >= Low && degrees <= High;
}
