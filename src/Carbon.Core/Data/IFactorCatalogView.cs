using Carbon.Sdk.Factors;

namespace Carbon.Data;

/// <summary>Listing access to a catalogue (used where the engine must see all candidates, e.g. to pick the latest grid year).</summary>
internal interface IFactorCatalogView
{
    IEnumerable<FactorRecord> All(string subject, string parameter);
}
