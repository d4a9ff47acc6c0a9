namespace Carbon.Sdk.Factors;

/// <summary>A factor as it appears in a trace: enough to find the record and redo the arithmetic.</summary>
/// <param name="Id">The record id.</param>
/// <param name="DataSet">The data set id.</param>
/// <param name="DataSetVersion">The data set version.</param>
/// <param name="Value">The published value.</param>
/// <param name="Unit">The published unit.</param>
/// <param name="Status">How far it is confirmed.</param>
/// <param name="Source">The citation in one line.</param>
public sealed record FactorReference(string Id, string DataSet, string DataSetVersion, double Value, string Unit, DataStatus Status, string Source);
