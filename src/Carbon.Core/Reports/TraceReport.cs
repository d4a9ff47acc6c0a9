using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Reports;

/// <summary>A trace as it appears in a report: formula, inputs and factors.</summary>
/// <param name="Formula">The formula.</param>
/// <param name="Inputs">The inputs.</param>
/// <param name="Factors">The factor records used.</param>
/// <param name="Note">A note in both languages (<c>{ zh, en }</c>, each complete on its own), or null.</param>
public sealed record TraceReport(string Formula, ImmutableArray<TraceInputReport> Inputs, ImmutableArray<FactorReport> Factors, MessageReport? Note)
{
    internal static TraceReport From(Trace trace)
    {
        // Arrays sized once and wrapped without a copy: every line of a report has a trace, so this is a hot path.
        var inputs = trace.Inputs.IsDefaultOrEmpty ? [] : new TraceInputReport[trace.Inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = trace.Inputs[i];
            inputs[i] = new TraceInputReport(input.Name, ReportNumber.Clean(input.Value), input.Unit, OriginName(input.Origin), input.Path);
        }

        var factors = trace.Factors.IsDefaultOrEmpty ? [] : new FactorReport[trace.Factors.Length];
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = FactorReport.From(trace.Factors[i]);
        }

        return new TraceReport(
            trace.Formula,
            ImmutableCollectionsMarshal.AsImmutableArray(inputs),
            ImmutableCollectionsMarshal.AsImmutableArray(factors),
            trace.Note is { } note ? new MessageReport(note.Zh, note.En) : null);
    }

    private static string OriginName(InputOrigin origin) => origin switch
    {
        InputOrigin.Project => "project",
        InputOrigin.Default => "default",
        InputOrigin.Derived => "derived",
        _ => "constant",
    };
}

/// <summary>One trace input.</summary>
/// <param name="Name">The symbol.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Origin"><c>project</c>, <c>default</c>, <c>derived</c> or <c>constant</c>.</param>
/// <param name="Path">The JSON Pointer in the project file, or null.</param>
public sealed record TraceInputReport(string Name, double Value, string Unit, string Origin, string? Path);

/// <summary>A factor record used by a trace.</summary>
/// <param name="Id">The record id.</param>
/// <param name="DataSet">The data set id.</param>
/// <param name="DataSetVersion">The data set version.</param>
/// <param name="Value">The published value.</param>
/// <param name="Unit">The published unit.</param>
/// <param name="Status"><c>confirmed</c>, <c>single-source</c>, <c>derived</c>, <c>unconfirmed</c> or <c>project-supplied</c>.</param>
/// <param name="Source">The citation.</param>
public sealed record FactorReport(string Id, string DataSet, string DataSetVersion, double Value, string Unit, string Status, string Source)
{
    internal static FactorReport From(FactorReference f) => new(f.Id, f.DataSet, f.DataSetVersion, f.Value, f.Unit, f.Status.ToName(), f.Source);
}
