using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>The box that rules out far hits before the exact distance must never rule out a hit within the radius.</summary>
public sealed class GeoBoxTests
{
    [Theory]
    [InlineData(48.776, 9.183, 50)]
    [InlineData(49.398, 8.672, 0.5)]
    [InlineData(-33.9, 151.2, 300)]
    [InlineData(64.1, -21.9, 2000)]
    [InlineData(0.0, 179.9, 100)]
    [InlineData(89.5, 0.0, 200)]
    public void Every_point_within_the_radius_is_inside_the_box_and_far_points_are_mostly_outside(double latitude, double longitude, double radiusKm)
    {
        var centre = new GeoPoint(latitude, longitude);
        var box = GeoBox.Around(centre, radiusKm)!.Value;
        var random = new Random(7);
        int inside = 0, farRuledOut = 0, far = 0;
        for (var i = 0; i < 200_000; i++)
        {
            // Points around the centre, many of them close to the circle itself.
            var pointLatitude = Math.Clamp(latitude + ((random.NextDouble() - 0.5) * radiusKm / 40), -90, 90);
            var pointLongitude = longitude + ((random.NextDouble() - 0.5) * radiusKm / 20);
            pointLongitude -= 360 * Math.Round(pointLongitude / 360);
            var distance = centre.DistanceKm(pointLatitude, pointLongitude);
            if (distance <= radiusKm)
            {
                inside++;
                Assert.True(box.Contains(pointLatitude, pointLongitude), $"({pointLatitude}, {pointLongitude}) is {distance} km away but outside the box");
            }
            else if (distance > radiusKm * 2)
            {
                far++;
                farRuledOut += box.Contains(pointLatitude, pointLongitude) ? 0 : 1;
            }
        }

        Assert.True(inside > 1000, $"only {inside} points within the radius");
        if (far > 1000 && latitude < 80)
        {
            Assert.True(farRuledOut > far * 0.5, $"the box ruled out only {farRuledOut} of {far} far points");
        }
    }

    [Fact]
    public void A_box_around_a_pole_keeps_every_longitude()
    {
        var box = GeoBox.Around(new GeoPoint(89.9, 10), 100)!.Value;
        Assert.True(box.Contains(89.5, -170));
        Assert.False(box.Contains(80, 10));
    }
}
