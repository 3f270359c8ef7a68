using System.Globalization;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Tests.Mail;

/// <summary>
/// kill -9 while a batch is being sent, then a restart: nothing is lost, at most the one message between the server's
/// "250" and its database update reaches the server twice, and the rows the dead process had claimed go out within
/// seconds, not after minutes. A graceful stop in the middle of a batch gives the unsent rows back at once.
/// </summary>
public sealed class OutboxCrashTests
{
    private const int Count = 150;

    [Fact]
    public async Task A_sender_killed_in_the_middle_of_a_batch_loses_nothing_and_sends_at_most_one_message_twice()
    {
        await using var smtp = await SmtpServer.StartAsync();
        // Slow enough that the batch is still going when the test kills the portal.
        smtp.SetDelay(TimeSpan.FromMilliseconds(25));
        var data = TestPaths.NewTempDirectory("data");
        var environment = new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = data,
            ["IntegrationsNetz__ImportContentOnFirstBoot"] = "false",
            ["IntegrationsNetz__Smtp__Host"] = "127.0.0.1",
            ["IntegrationsNetz__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["IntegrationsNetz__Smtp__Security"] = "None",
            ["IntegrationsNetz__Smtp__TimeoutSeconds"] = "1",
            ["IntegrationsNetz__Outbox__ClaimSeconds"] = "3",
            // On a loaded machine the one-second SMTP timeout can pass; the batch then comes back after a second, not
            // after the default 30 s that would outlast the test's wait.
            ["IntegrationsNetz__Outbox__RetrySeconds"] = "1",
        };
        var portal = await RunningPortal.StartAsync(environment);
        var queued = await QueueAsync(data);

        await Poll.UntilAsync(() => smtp.Messages().Count >= Count / 4, TimeSpan.FromSeconds(30), () => $"{smtp.Messages().Count} delivered");
        await portal.KillAsync();
        var atKill = smtp.Messages().Count;
        Assert.True(atKill < Count, $"the batch was over before the kill ({atKill} delivered)");

        await using var restarted = await RunningPortal.StartAsync(environment);
        await Poll.UntilAsync(
            async () => (await RowsAsync(data)).All(r => r.Status == OutboxStatus.Sent),
            TimeSpan.FromSeconds(30),
            () => $"{smtp.Messages().Count} delivered, {RowsAsync(data).Result.Count(r => r.Status != OutboxStatus.Sent)} rows not sent");

        var delivered = smtp.Messages().GroupBy(m => m.MessageId ?? string.Empty).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(queued, id => Assert.True(delivered.ContainsKey(id), $"{id} was lost"));
        var twice = delivered.Where(d => d.Value > 1).ToList();
        Assert.True(twice.Count <= 1 && twice.All(d => d.Value == 2), $"sent more than once: {string.Join(", ", twice.Select(d => $"{d.Key} x{d.Value}"))}");
        await portal.DisposeAsync();
    }

    [Fact]
    public async Task A_graceful_stop_in_the_middle_of_a_batch_records_what_was_sent_and_gives_back_the_rest()
    {
        await using var smtp = await SmtpServer.StartAsync();
        smtp.SetDelay(TimeSpan.FromMilliseconds(200));
        var portal = new WithSmtp(smtp.Port);
        portal.CreateClient();
        var queued = await QueueAsync(portal.DataDirectory, 30);

        await Poll.UntilAsync(() => smtp.Messages().Count >= 2, TimeSpan.FromSeconds(30), () => "nothing delivered");
        await portal.DisposeAsync();

        var rows = await RowsAsync(portal.DataDirectory);
        var delivered = smtp.Messages().Select(m => m.MessageId).ToHashSet();
        Assert.True(delivered.Count < queued.Count, "the batch was over before the stop");
        Assert.All(rows, r => Assert.Equal(delivered.Contains(r.MessageId), r.Status == OutboxStatus.Sent));
        Assert.All(rows.Where(r => r.Status == OutboxStatus.Pending), r => Assert.Null(r.ClaimToken));
    }

    private static async Task<List<string>> QueueAsync(string data, int count = Count)
    {
        await using var db = PortalDataFiles.Database(data);
        var now = DateTime.UtcNow;
        var messages = Enumerable.Range(0, count).Select(i =>
        {
            var id = Guid.CreateVersion7();
            return new OutboxMessage
            {
                Id = id, MessageId = $"{id:N}@integrationsnetz.example", To = $"ehrenamt{i}@ehrenamt.example", Subject = $"Nachricht {i}",
                TextBody = "Guten Tag", HtmlBody = "<p>Guten Tag</p>", Purpose = "crash-test", Status = OutboxStatus.Pending,
                CreatedAt = now.AddMilliseconds(i), NextAttemptAt = now,
            };
        }).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(m => m.MessageId).ToList();
    }

    private static async Task<List<OutboxMessage>> RowsAsync(string data)
    {
        await using var db = PortalDataFiles.Database(data);
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }

    private sealed class WithSmtp(int port) : PortalFactory(new()
    {
        ["IntegrationsNetz:Smtp:Host"] = "127.0.0.1",
        ["IntegrationsNetz:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["IntegrationsNetz:Smtp:Security"] = "None",
        ["IntegrationsNetz:ImportContentOnFirstBoot"] = "false",
    });
}
