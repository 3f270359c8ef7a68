namespace IntegrationsNetz.Core.Search;

/// <summary>
/// The smallest latitude/longitude box around a circle on the sphere: every point within the radius lies inside it
/// (points inside it may still be farther away, so the exact distance decides those).
/// </summary>
internal readonly record struct GeoBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude, bool AllLongitudes)
{
    private const double EarthRadiusKm = 6371.0;

    // A little slack against rounding, so that a point exactly on the circle is never ruled out by the box.
    private const double Slack = 1.000001;

    public static GeoBox? Around(GeoPoint centre, double radiusKm)
    {
        if (radiusKm < 0 || double.IsNaN(radiusKm))
        {
            return null;
        }

        var angle = radiusKm / EarthRadiusKm * Slack;
        var latitude = centre.Latitude * Math.PI / 180;
        var minLatitude = latitude - angle;
        var maxLatitude = latitude + angle;
        if (angle >= Math.PI / 2 || maxLatitude >= Math.PI / 2 || minLatitude <= -Math.PI / 2)
        {
            // The circle reaches a pole (or half the earth): every longitude.
            return new GeoBox(Degrees(minLatitude), Degrees(maxLatitude), -180, 180, AllLongitudes: true);
        }

        var deltaLongitude = Math.Asin(Math.Min(1, Math.Sin(angle) / Math.Cos(latitude))) * Slack;
        return new GeoBox(Degrees(minLatitude), Degrees(maxLatitude), centre.Longitude - Degrees(deltaLongitude), centre.Longitude + Degrees(deltaLongitude), AllLongitudes: false);
    }

    public bool Contains(double latitude, double longitude)
    {
        if (latitude < MinLatitude || latitude > MaxLatitude)
        {
            return false;
        }

        if (AllLongitudes)
        {
            return true;
        }

        // Longitudes wrap around at ±180°: compare the difference to the centre, normalised into (-180, 180].
        var centre = (MinLongitude + MaxLongitude) / 2;
        var difference = longitude - centre;
        difference -= 360 * Math.Round(difference / 360);
        return Math.Abs(difference) <= (MaxLongitude - MinLongitude) / 2;
    }

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
