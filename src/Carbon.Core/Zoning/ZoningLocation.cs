using System.Collections.Immutable;

namespace Carbon.Zoning;

/// <summary>Where a point lies in a zoning pack: the control units and the element or special zones that cover it.</summary>
/// <param name="UnitCodes">The codes of the units whose area (boundary included) covers the point, in code order.</param>
/// <param name="ZoneIds">The ids of the zones whose area (boundary included) covers the point, in id order.</param>
public sealed record ZoningLocation(ImmutableArray<string> UnitCodes, ImmutableArray<string> ZoneIds);
