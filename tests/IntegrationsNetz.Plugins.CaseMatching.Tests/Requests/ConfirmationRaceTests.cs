using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Requests;

/// <summary>Fifty managers' clicks at the same moment for three places give exactly three confirmations, on both databases.</summary>
public sealed class ConfirmationRaceTests
{
    [Fact]
    public async Task Fifty_parallel_confirmations_for_three_places_confirm_exactly_three_on_SQLite()
    {
        await using var world = await RequestWorld.StartAsync();
        await RaceAsync(world);
    }

    [Fact]
    public async Task Fifty_parallel_confirmations_for_three_places_confirm_exactly_three_on_PostgreSQL()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var world = await RequestWorld.StartAsync(new()
        {
            ["IntegrationsNetz:Database:Provider"] = "Postgres",
            ["ConnectionStrings:IntegrationsNetz"] = database.ConnectionString,
        });
        await RaceAsync(world);
    }

    private static async Task RaceAsync(RequestWorld world)
    {
        var id = await world.PublishedAsync(RequestWorld.Draft(places: 3));
        var signups = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            // The sign-ups go through the service the API uses; the race under test is the confirmations.
            var volunteer = await VolunteerTestData.WithoutLoginAsync(world.Portal, $"helfer{i}@race.example", $"Helfer {i}", new(Languages: ["ar:C1"], Notifications: Core.Volunteers.NotificationPreference.None));
            using var signing = world.Portal.Services.CreateScope();
            var signup = await signing.ServiceProvider.GetRequiredService<SignupService>().SignUpAsync(volunteer, Guid.Parse(id), null);
            Assert.True(signup.Succeeded);
            signups.Add(signup.Value!.Id.ToString());
        }

        using var start = new SemaphoreSlim(0);
        var clicks = signups.Select(async s =>
        {
            await start.WaitAsync();
            return (await world.Manager.PostAsync($"/api/v1/signups/{s}/confirm", null)).StatusCode;
        }).ToList();
        start.Release(signups.Count);
        var answers = await Task.WhenAll(clicks);

        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(47, answers.Count(a => a == HttpStatusCode.Conflict));
        using var scope = world.Portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var requestId = Guid.Parse(id);
        Assert.Equal(3, await db.Set<Signup>().CountAsync(s => s.RequestId == requestId && s.Status == SignupStatus.Confirmed));
        var request = await db.Set<VolunteerRequest>().SingleAsync(r => r.Id == requestId);
        Assert.Equal((3, RequestStatus.Filled), (request.Confirmed, request.Status));
        Assert.Equal(3, await db.OutboxMessages.CountAsync(m => m.Purpose == "signup-confirmed"));
    }
}
