using System.Security.Claims;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace IntegrationsNetz.Plugins.CaseMatching.Engagement;

/// <summary>The volunteer's own certificate of engagement as a PDF.</summary>
public static class EngagementApi
{
    public static IEndpointRouteBuilder MapEngagementApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/engagement/certificate", CertificateAsync).WithTags("Anfragen").RequireAuthorization(CaseMatchingPlugin.VolunteerPolicy)
            .WithName("EngagementCertificate").WithSummary("Eigener Ehrenamtsnachweis als PDF (Stunden je Jahr und Einsätze, ohne Falldetails)");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CertificateAsync(
        ClaimsPrincipal user, VolunteerAccess volunteers, EngagementService engagement, CertificatePdf pdf, CancellationToken ct) =>
        await volunteers.ApprovedAsync(user, ct) is { } volunteer
            ? TypedResults.File(pdf.Render(await engagement.CertificateAsync(volunteer, ct)), "application/pdf", CertificateFile.Name)
            : Problems.NotFound(VolunteerTexts.Get("Board_NotApproved"));
}

public static class CertificateFile
{
    public const string Name = "ehrenamtsnachweis.pdf";
}
