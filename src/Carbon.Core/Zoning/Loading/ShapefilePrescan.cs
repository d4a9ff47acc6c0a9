using System.Buffers.Binary;

namespace Carbon.Zoning.Loading;

/// <summary>
/// Checks every .shp record header before NetTopologySuite reads the file: a record whose declared part or point
/// counts exceed its content length, or the per-geometry vertex limit, is refused at once. Without it a foreign
/// shapefile declaring a billion points in a 64-word record kept the reader busy for seconds (finding F9).
/// Format: ESRI Shapefile Technical Description (1998), main file header 100 bytes; record header 8 bytes big-endian.
/// </summary>
internal static class ShapefilePrescan
{
    /// <summary>Returns null when every record is consistent, else why the file is refused (English; the caller wraps it).</summary>
    public static string? Check(ReadOnlySpan<byte> shp, long maxVerticesPerGeometry)
    {
        if (shp.Length < 100)
        {
            return "the file is shorter than the 100-byte header";
        }

        var offset = 100;
        var record = 0;
        while (offset < shp.Length)
        {
            record++;
            if (offset + 8 > shp.Length)
            {
                return $"record {record} has a truncated header";
            }

            var contentBytes = (long)BinaryPrimitives.ReadInt32BigEndian(shp.Slice(offset + 4, 4)) * 2;
            if (contentBytes < 4 || offset + 8 + contentBytes > shp.Length)
            {
                return $"record {record} declares a content length outside the file";
            }

            var content = shp.Slice(offset + 8, (int)contentBytes);
            var type = BinaryPrimitives.ReadInt32LittleEndian(content);
            long parts = 0, points = 0, needed = 4;
            switch (type)
            {
                case 3 or 5 or 13 or 15 or 23 or 25 or 31: // polyline, polygon (and Z/M variants), multipatch
                    if (content.Length < 44)
                    {
                        return $"record {record} is too short for its shape type";
                    }

                    parts = BinaryPrimitives.ReadInt32LittleEndian(content.Slice(36, 4));
                    points = BinaryPrimitives.ReadInt32LittleEndian(content.Slice(40, 4));
                    needed = 44 + (4 * parts) + (16 * points);
                    break;
                case 8 or 18 or 28: // multipoint
                    if (content.Length < 40)
                    {
                        return $"record {record} is too short for its shape type";
                    }

                    points = BinaryPrimitives.ReadInt32LittleEndian(content.Slice(36, 4));
                    needed = 40 + (16 * points);
                    break;
            }

            if (parts < 0 || points < 0 || needed > content.Length)
            {
                return $"record {record} declares {points} points in {parts} parts, more than its {content.Length} bytes hold";
            }

            if (points > maxVerticesPerGeometry)
            {
                return $"record {record} declares {points} points, more than the limit of {maxVerticesPerGeometry}";
            }

            offset += 8 + (int)contentBytes;
        }

        return null;
    }
}
