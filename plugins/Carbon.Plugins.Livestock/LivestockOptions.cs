namespace Carbon.Plugins.Livestock;

/// <summary>Host options of the livestock plugin, set in <c>AddLivestock(o =&gt; …)</c>.</summary>
public sealed class LivestockOptions
{
    /// <summary>
    /// The methodology used when a project names none in <c>options.methods.livestock</c>. Default
    /// <see cref="LivestockMethods.IpccTier1"/>. The unconfirmed <see cref="LivestockMethods.ChinaProvincialInventory2011"/>
    /// may not be the default.
    /// </summary>
    public string DefaultMethodology { get; set; } = LivestockMethods.IpccTier1;

    /// <summary>
    /// The scale-threshold data sets, in order of preference, that decide the fact <c>livestock.scale-class</c> when
    /// a herd line names no <c>scaleStandard</c>: the first set with a threshold for the species that is in force on
    /// the review date wins. Default: the 2025 national standard (<c>moa-2025</c>, from 2025-09-01), then the first
    /// pollution-source census thresholds (<c>first-pollution-census</c>). Provincial sets loaded as data may be named.
    /// </summary>
    public IList<string> ScaleStandards { get; } = ["moa-2025", "first-pollution-census"];
}
