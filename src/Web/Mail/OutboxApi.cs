using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Common.Http;
using IntegrationsNetz.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Mail;

public sealed record OutboxMessageDto(
    Guid Id, string To, string Subject, string Purpose, string Status, int Attempts, DateTime CreatedAt, DateTime NextAttemptAt, DateTime? SentAt, string? LastError);

public sealed record OutboxListDto(int Pending, int Failed, IReadOnlyList<OutboxMessageDto> Items);

/// <summary>The Postausgang of the back office (Mail/Outbox) as API calls, on the same <see cref="OutboxService"/> and policy.</summary>
public static class OutboxApi
{
    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/outbox").WithTags("Postausgang").RequireAuthorization(Policies.Organisation);
        group.MapGet("/", ListAsync).WithName("ListOutbox")
            .WithSummary("Nachrichten im Postausgang, neueste zuerst (status: Pending, Sent, Failed; to: eine Adresse; take: 1 bis 200)");
        group.MapPost("/{id:guid}/retry", RetryAsync).WithName("RetryOutboxMessage").WithSummary("Eine fehlgeschlagene Nachricht erneut senden");
        return app;
    }

    private static async Task<Results<Ok<OutboxListDto>, ValidationProblem>> ListAsync(
        string? status, string? to, int? take, ClaimsPrincipal user, OutboxService outbox, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        OutboxStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<OutboxStatus>(status, true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Problems.Validation("status", text["Api_OutboxStatus"]);
            }

            wanted = parsed;
        }

        if (take is < 1 or > OutboxService.MaxPageSize)
        {
            return Problems.Validation("take", text["Api_OutboxTake", OutboxService.MaxPageSize]);
        }

        var actor = StaffActor.Of(user);
        var items = await outbox.ListAsync(actor, wanted, to, take ?? 50, ct);
        return TypedResults.Ok(new OutboxListDto(
            await outbox.CountAsync(actor, OutboxStatus.Pending, ct),
            await outbox.CountAsync(actor, OutboxStatus.Failed, ct),
            items.Select(m => new OutboxMessageDto(m.Id, m.To, m.Subject, m.Purpose, m.Status.ToString(), m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError)).ToList()));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RetryAsync(
        Guid id, ClaimsPrincipal user, OutboxService outbox, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await outbox.RetryAsync(id, StaffActor.Of(user), ct)).ToNoContent(text["Api_OutboxMessageNotFound"]);
}
