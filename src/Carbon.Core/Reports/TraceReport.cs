using System.Collections.Immutable;
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
    internal static TraceReport From(Trace trace) => new(
        trace.Formula,
        [.. trace.Inputs.Select(i => new TraceInputReport(i.Name, ReportNumber.Clean(i.Value), i.Unit, i.Origin switch
        {
            InputOrigin.Project => "project",
            InputOrigin.Default => "default",
            InputOrigin.Derived => "derived",
            _ => "constant",
        }, i.Path))],
        [.. trace.Factors.Select(FactorReport.From)],
        trace.Note is { } note ? new MessageReport(note.Zh, note.En) : null);
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
