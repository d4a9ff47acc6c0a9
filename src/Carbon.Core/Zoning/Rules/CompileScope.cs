namespace Carbon.Zoning.Rules;

/// <summary>A rule parameter as the compiler sees it: its slot in <see cref="EvalContext.Parameters"/> and its type.</summary>
/// <param name="Index">The index into the parameter values.</param>
/// <param name="Type">The type of the default value.</param>
internal readonly record struct ParameterSlot(int Index, ExprType Type);

/// <summary>What names mean while an expression compiles: facts, zone kinds, carriers and the rule's parameters.</summary>
internal sealed class CompileScope
{
    /// <summary>The facts <c>facts.*</c> may read (built-in catalogue plus the pack's declarations).</summary>
    public required IReadOnlyDictionary<string, FactDefinition> Facts { get; init; }

    /// <summary>Whether a string names a zone kind or a zone id of the pack.</summary>
    public required Func<string, bool> IsZoneReference { get; init; }

    /// <summary>The zone kinds, for messages.</summary>
    public required string ZoneKindsText { get; init; }

    /// <summary>The rule's parameters, by name.</summary>
    public IReadOnlyDictionary<string, ParameterSlot> Parameters { get; init; } = new Dictionary<string, ParameterSlot>(StringComparer.Ordinal);

    /// <summary>The energy carrier ids <c>energy.carrier()</c> accepts, or null to accept any.</summary>
    public IReadOnlySet<string>? Carriers { get; init; }

    /// <summary>The limits.</summary>
    public required ExpressionLimits Limits { get; init; }
}
