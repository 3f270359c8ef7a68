using System.Text.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>Every back-office action is also an API call (API.md): each has its operation in the OpenAPI document.</summary>
public sealed class BackOfficeTwinsOpenApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Back-office page and handler -> the operation that does the same.</summary>
    private static readonly (string Page, string OperationId, string Method, string Route)[] Twins =
    [
        ("Content/Index", "ListPageOwners", "get", "/api/v1/pages/owners"),
        ("Content/Index", "ListPages", "get", "/api/v1/pages"),
        ("Content/Edit (GET)", "GetPage", "get", "/api/v1/pages/{id}"),
        ("Content/Create", "CreatePage", "post", "/api/v1/pages"),
        ("Content/Edit Structure", "UpdatePageStructure", "put", "/api/v1/pages/{id}"),
        ("Content/Edit Delete", "DeletePage", "delete", "/api/v1/pages/{id}"),
        ("Content/Edit Save", "SavePageVariant", "put", "/api/v1/pages/{id}/variants/{culture}"),
        ("Content/Edit Save publish", "PublishPageVariant", "post", "/api/v1/pages/{id}/variants/{culture}/publish"),
        ("Content/Edit Unpublish", "UnpublishPageVariant", "post", "/api/v1/pages/{id}/variants/{culture}/unpublish"),
        ("Content/Edit Schedule", "SchedulePageVariant", "put", "/api/v1/pages/{id}/variants/{culture}/schedule"),
        ("Content/History", "ListPageVersions", "get", "/api/v1/pages/{id}/variants/{culture}/versions"),
        ("Content/History Rollback", "RollbackPageVariant", "post", "/api/v1/pages/{id}/variants/{culture}/rollback"),
        ("Organisation/Index districts", "ListDistricts", "get", "/api/v1/districts"),
        ("Organisation/District", "GetDistrict", "get", "/api/v1/districts/{id}"),
        ("Organisation/District new", "CreateDistrict", "post", "/api/v1/districts"),
        ("Organisation/District save", "UpdateDistrict", "put", "/api/v1/districts/{id}"),
        ("Organisation/District Delete", "DeleteDistrict", "delete", "/api/v1/districts/{id}"),
        ("Organisation/Index municipalities", "ListMunicipalities", "get", "/api/v1/municipalities"),
        ("Organisation/Municipality", "GetMunicipality", "get", "/api/v1/municipalities/{id}"),
        ("Organisation/Municipality new", "CreateMunicipality", "post", "/api/v1/municipalities"),
        ("Organisation/Municipality save", "UpdateMunicipality", "put", "/api/v1/municipalities/{id}"),
        ("Organisation/Municipality Delete", "DeleteMunicipality", "delete", "/api/v1/municipalities/{id}"),
        ("Organisation/Index providers", "ListProviders", "get", "/api/v1/providers"),
        ("Organisation/Provider", "GetProvider", "get", "/api/v1/providers/{id}"),
        ("Organisation/Provider new", "CreateProvider", "post", "/api/v1/providers"),
        ("Organisation/Provider save", "UpdateProvider", "put", "/api/v1/providers/{id}"),
        ("Organisation/Provider Delete", "DeleteProvider", "delete", "/api/v1/providers/{id}"),
        ("Organisation/Index cooperations", "ListCooperations", "get", "/api/v1/cooperations"),
        ("Organisation/Cooperation", "GetCooperation", "get", "/api/v1/cooperations/{id}"),
        ("Organisation/Cooperation new", "CreateCooperation", "post", "/api/v1/cooperations"),
        ("Organisation/Cooperation save", "UpdateCooperation", "put", "/api/v1/cooperations/{id}"),
        ("Organisation/Cooperation Delete", "DeleteCooperation", "delete", "/api/v1/cooperations/{id}"),
        ("Organisation/Index teams", "ListTeams", "get", "/api/v1/teams"),
        ("Organisation/Team", "GetTeam", "get", "/api/v1/teams/{id}"),
        ("Organisation/Team new", "CreateTeam", "post", "/api/v1/teams"),
        ("Organisation/Team save", "UpdateTeam", "put", "/api/v1/teams/{id}"),
        ("Organisation/Team Delete", "DeleteTeam", "delete", "/api/v1/teams/{id}"),
        ("Users/Index", "ListStaffAccounts", "get", "/api/v1/users"),
        ("Users/Edit (GET)", "GetStaffAccount", "get", "/api/v1/users/{id}"),
        ("Users/Edit new", "CreateStaffAccount", "post", "/api/v1/users"),
        ("Users/Edit save", "UpdateStaffAccount", "put", "/api/v1/users/{id}"),
        ("Users/Edit Invite", "InviteStaffAccount", "post", "/api/v1/users/{id}/invite"),
        ("Users/Edit Disable", "DisableStaffAccount", "post", "/api/v1/users/{id}/disable"),
        ("Users/Edit Unlock", "EnableStaffAccount", "post", "/api/v1/users/{id}/enable"),
        ("Volunteers/Index", "ListVolunteers", "get", "/api/v1/volunteers"),
        ("Volunteers/Index Approve", "ApproveVolunteer", "post", "/api/v1/volunteers/{id}/approve"),
        ("Volunteers/Index ConductCertificate", "RecordConductCertificate", "post", "/api/v1/volunteers/{id}/conduct-certificate"),
        ("Mail/Outbox", "ListOutbox", "get", "/api/v1/outbox"),
        ("Mail/Outbox Retry", "RetryOutboxMessage", "post", "/api/v1/outbox/{id}/retry"),
    ];

    [Fact]
    public async Task Every_back_office_action_has_its_named_operation_in_the_OpenAPI_document()
    {
        var paths = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        var missing = new List<string>();
        foreach (var (page, operationId, method, route) in Twins)
        {
            var found = paths.TryGetProperty(route, out var path) && path.TryGetProperty(method, out var operation)
                && operation.TryGetProperty("operationId", out var id) && id.GetString() == operationId
                && operation.TryGetProperty("summary", out var summary) && !string.IsNullOrWhiteSpace(summary.GetString())
                && operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0;
            if (!found)
            {
                missing.Add($"{page}: {method.ToUpperInvariant()} {route} ({operationId})");
            }
        }

        Assert.Empty(missing);
    }
}
