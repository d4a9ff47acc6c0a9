namespace Carbon.Plugins.Concrete;

/// <summary>An immutable, validated snapshot of <see cref="ConcreteOptions"/> that the calculators read.</summary>
/// <param name="AcceptUserSuppliedFactors">See <see cref="ConcreteOptions.AcceptUserSuppliedFactors"/>.</param>
/// <param name="UnconfirmedFactors">See <see cref="ConcreteOptions.UnconfirmedFactors"/>.</param>
internal sealed record ConcreteSettings(bool AcceptUserSuppliedFactors, UnconfirmedFactorPolicy UnconfirmedFactors)
{
    /// <summary>The settings of a plugin created without options (e.g. loaded from a plugins folder).</summary>
    public static ConcreteSettings Default { get; } = new(AcceptUserSuppliedFactors: true, UnconfirmedFactorPolicy.Warn);

    /// <summary>Validates the options and takes a snapshot.</summary>
    /// <param name="options">The options as configured.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException">An option has a value the plugin does not know.</exception>
    public static ConcreteSettings From(ConcreteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.UnconfirmedFactors))
        {
            throw new ArgumentException(
                $"ConcreteOptions.UnconfirmedFactors has the undefined value {(int)options.UnconfirmedFactors}; use Warn or Refuse.",
                nameof(options));
        }

        return new ConcreteSettings(options.AcceptUserSuppliedFactors, options.UnconfirmedFactors);
    }
}
