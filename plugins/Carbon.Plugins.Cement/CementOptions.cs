namespace Carbon.Plugins.Cement;

/// <summary>Options of the cement plugin, set in <c>AddCement(o => …)</c> and validated there.</summary>
public sealed class CementOptions
{
    /// <summary>
    /// The methodology used when a project's <c>options.methods</c> names none for <c>cement</c>: one of
    /// <see cref="CementMethodologyIds"/>. Defaults to <see cref="CementMethodologyIds.China2013"/>.
    /// </summary>
    public string DefaultMethodology { get; set; } = CementMethodologyIds.China2013;
}
