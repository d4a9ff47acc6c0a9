using NetTopologySuite.Geometries;

namespace Carbon.Zoning.Spatial;

/// <summary>
/// A local plane around a site for distances in metres: east and north offsets scaled by the ellipsoid's radii of
/// curvature at the site's latitude (prime vertical N·cos φ₀ and meridional M). Within 50 km of the site the error
/// against the geodesic stays well under the 0.5 % the design asks for (it grows with the square of the distance),
/// which covers setbacks (hundreds of metres) and riverside zones (kilometres).
/// </summary>
internal sealed class LocalProjection
{
    // CGCS2000 ellipsoid (GB/T 2001 definition; equal to GRS 80 and within 0.1 mm of WGS 84 here): exact defining constants.
    private const double SemiMajorAxis = 6378137.0;
    private const double Flattening = 1 / 298.257222101;
    private const double EccentricitySquared = Flattening * (2 - Flattening);

    private readonly double _lon0;
    private readonly double _lat0;

    public LocalProjection(double longitude, double latitude)
    {
        _lon0 = longitude;
        _lat0 = latitude;
        var phi = latitude * Math.PI / 180;
        var w = 1 - (EccentricitySquared * Math.Sin(phi) * Math.Sin(phi));
        var n = SemiMajorAxis / Math.Sqrt(w);
        var m = SemiMajorAxis * (1 - EccentricitySquared) / (w * Math.Sqrt(w));
        MetresPerDegreeEast = n * Math.Cos(phi) * Math.PI / 180;
        MetresPerDegreeNorth = m * Math.PI / 180;
    }

    public double MetresPerDegreeEast { get; }

    public double MetresPerDegreeNorth { get; }

    /// <summary>A copy of the geometry in local metres.</summary>
    public Geometry Project(Geometry g)
    {
        var copy = g.Copy();
        copy.Apply(new ToMetres(this));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>A lower bound of the distance, in metres, between two lon/lat envelopes.</summary>
    public double EnvelopeDistance(Envelope a, Envelope b)
    {
        var dx = Math.Max(0, Math.Max(a.MinX - b.MaxX, b.MinX - a.MaxX)) * MetresPerDegreeEast;
        var dy = Math.Max(0, Math.Max(a.MinY - b.MaxY, b.MinY - a.MaxY)) * MetresPerDegreeNorth;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private sealed class ToMetres(LocalProjection p) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, (seq.GetX(i) - p._lon0) * p.MetresPerDegreeEast);
                seq.SetY(i, (seq.GetY(i) - p._lat0) * p.MetresPerDegreeNorth);
            }
        }
    }
}
