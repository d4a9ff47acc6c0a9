namespace Carbon.Plugins.Concrete;

/// <summary>What a calculation does when a factor it needs is unconfirmed (e.g. a project override marked so).</summary>
public enum UnconfirmedFactorPolicy
{
    /// <summary>Use the factor and report warning CB7324 (the default).</summary>
    Warn = 0,

    /// <summary>Refuse the factor: the footprint is not computed and error CB7324 is reported.</summary>
    Refuse = 1,
}

/// <summary>
/// Host options of the ready-mix concrete plugin, set with <c>services.AddCarbon().AddConcrete(o =&gt; …)</c>.
/// They never change a number: they only decide which inputs a host accepts.
/// </summary>
public sealed class ConcreteOptions
{
    /// <summary>
    /// Whether a project may add its own material factors (<c>embodied.others</c>, each with its own citation) to the
    /// product footprint. Default true; a host that accepts only the plugin's shipped, cited factors sets false.
    /// </summary>
    public bool AcceptUserSuppliedFactors { get; set; } = true;

    /// <summary>What to do when a factor used is unconfirmed. Default <see cref="UnconfirmedFactorPolicy.Warn"/>.</summary>
    public UnconfirmedFactorPolicy UnconfirmedFactors { get; set; } = UnconfirmedFactorPolicy.Warn;
}
