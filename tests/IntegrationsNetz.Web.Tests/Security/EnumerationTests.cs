using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Tests.Security;

/// <summary>
/// Known and unknown addresses get the same answer and cost the same kind of work, so neither the text nor the time
/// tells whether an account exists. Timing itself is measured outside the tests (see the report).
/// </summary>
public sealed class EnumerationTests : IAsyncLifetime
{
    private const string Volunteer = "bekannt.amsel@ehrenamt.example";
    private static readonly HashCounter Hashes = new();
    private static readonly ConcurrentQueue<string> Writes = new();
    private readonly PortalFactory _portal = new Counting();

    public async ValueTask InitializeAsync()
    {
        var first = await RegisterAsync(Volunteer);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
    }

    public async ValueTask DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task A_login_to_an_unknown_address_answers_like_a_wrong_password_and_checks_a_hash_too()
    {
        var before = Hashes.Verified;
        var unknown = await LoginAsync("niemand.hier@integrationsnetz.example");
        var afterUnknown = Hashes.Verified;
        var known = await LoginAsync(PortalFactory.AdminEmail);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(unknown, known);
        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, Hashes.Verified - afterUnknown);
    }

    [Fact]
    public async Task A_locked_account_answers_like_an_unknown_one()
    {
        var staff = await TestAccounts.CreateAsync(_portal, "gesperrt@integrationsnetz.example", "Editor");
        using (var scope = _portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(staff.Id.ToString()))!, DateTimeOffset.UtcNow.AddMinutes(5));
        }

        var before = Hashes.Verified;
        var locked = await LoginAsync("gesperrt@integrationsnetz.example");

        Assert.Equal(await LoginAsync("unbekannt.gesperrt@integrationsnetz.example"), locked);
        Assert.True(Hashes.Verified - before >= 2, "a hash is checked for the locked account as well");
    }

    [Fact]
    public async Task Registering_a_known_address_answers_andHashes_like_a_new_one()
    {
        var before = Hashes.Hashed;
        var known = await RegisterAsync(Volunteer);
        var afterKnown = Hashes.Hashed;
        var fresh = await RegisterAsync("neu.drossel@ehrenamt.example");

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(fresh.StatusCode, known.StatusCode);
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await known.Content.ReadAsStringAsync());
        Assert.Equal(1, afterKnown - before);
        Assert.Equal(1, Hashes.Hashed - afterKnown);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_either_way()
    {
        var client = _portal.CreateClient();
        var known = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = PortalFactory.AdminEmail });
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "unbekannt.passwort@integrationsnetz.example" });

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forgot_password_does_the_same_work_either_way_and_mails_only_the_known_address()
    {
        const string stranger = "unbekannt.warteschlange@integrationsnetz.example";
        var client = _portal.CreateClient();

        Writes.Clear();
        var known = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = PortalFactory.AdminEmail });
        var knownWrites = Writes.ToArray();
        Writes.Clear();
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = stranger });
        var unknownWrites = Writes.ToArray();

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(["Added PasswordResetRequest"], knownWrites);
        Assert.Equal(knownWrites, unknownWrites);

        await TestAccounts.ProcessResetRequestsAsync(_portal);
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Empty(await db.PasswordResetRequests.ToListAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.To == PortalFactory.AdminEmail && m.Purpose == "password-reset"));
        Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.To == stranger));
    }

    private async Task<(HttpStatusCode Status, string? Detail)> LoginAsync(string email)
    {
        var response = await _portal.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "sicher nicht das Passwort" });
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    private Task<HttpResponseMessage> RegisterAsync(string email) =>
        _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new
        {
            email, password = "ein langes Ehrenamtspasswort", displayName = "Amsel", privacyConsent = true, municipalities = new[] { "weinheim" },
        });

    /// <summary>The portal with a password hasher that counts its work.</summary>
    private sealed class Counting : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s =>
            {
                s.AddScoped<IPasswordHasher<PortalUser>>(
                    sp => new CountingHasher(new PasswordHasher<PortalUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), Hashes));
                s.AddHttpContextAccessor();
                s.AddSingleton<ISaveChangesInterceptor>(sp => new WriteRecorder(sp.GetRequiredService<IHttpContextAccessor>(), Writes));
            });
        }
    }

    /// <summary>What a request writes (entity and state), not what the portal's background workers write meanwhile.</summary>
    private sealed class WriteRecorder(IHttpContextAccessor http, ConcurrentQueue<string> writes) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (http.HttpContext is not null && eventData.Context is { } context)
            {
                foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
                {
                    writes.Enqueue($"{entry.State} {entry.Metadata.ClrType.Name}");
                }
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    private sealed class HashCounter
    {
        public int Hashed;
        public int Verified;
    }

    private sealed class CountingHasher(PasswordHasher<PortalUser> inner, HashCounter counter) : IPasswordHasher<PortalUser>
    {
        public string HashPassword(PortalUser user, string password)
        {
            Interlocked.Increment(ref counter.Hashed);
            return inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref counter.Verified);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
