using IntegrationsNetz.Core.Accounts;
using System.Security.Claims;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Organisation;

/// <summary>What every organisation item shows: its id, for the address of a new item.</summary>
public interface IOrganisationItemDto
{
    Guid Id { get; }
}

public sealed record DistrictDto(Guid Id, string Name, string Slug, string? OfficialKey) : IOrganisationItemDto;

public sealed record MunicipalityDetailDto(Guid Id, string Name, string Slug, string OfficialKey, Guid? DistrictId, IReadOnlyList<string> Postcodes, double Latitude, double Longitude) : IOrganisationItemDto;

public sealed record ProviderDto(Guid Id, string Name, string Slug, string? Email, string? Website) : IOrganisationItemDto;

public sealed record CooperationDto(Guid Id, string Name, string Slug, string? Description, IReadOnlyList<Guid> MunicipalityIds, IReadOnlyList<Guid> ProviderIds) : IOrganisationItemDto;

public sealed record TeamDto(Guid Id, string Name, string Slug, string Kind, Guid? DistrictId, Guid? ProviderId, IReadOnlyList<Guid> MunicipalityIds) : IOrganisationItemDto;

/// <summary>
/// The organisation editors of the back office (Organisation/*) as API calls, on the same <see cref="OrganisationEditor"/>
/// and with the same policy. The list of municipalities is the public <c>ListMunicipalities</c>.
/// </summary>
public static class OrganisationApi
{
    public static IEndpointRouteBuilder MapOrganisationApi(this IEndpointRouteBuilder app)
    {
        var districts = Group(app, "/api/v1/districts");
        districts.MapGet("/", async (OrganisationEditor e, CancellationToken ct) => TypedResults.Ok((await e.DistrictsAsync(ct)).Select(ToDto).ToList()))
            .WithName("ListDistricts").WithSummary("Alle Landkreise");
        Item<District, DistrictDto, SaveDistrict>(districts, "District", "Landkreis", "Api_DistrictNotFound", (e, id, ct) => e.FindDistrictAsync(id, ct), (e, id, c, _, ct) => e.SaveAsync(id, c, ct), ToDto);

        var municipalities = Group(app, "/api/v1/municipalities");
        Item<Municipality, MunicipalityDetailDto, SaveMunicipality>(municipalities, "Municipality", "Gemeinde", "Api_MunicipalityNotFound", (e, id, ct) => e.FindMunicipalityAsync(id, ct), (e, id, c, _, ct) => e.SaveAsync(id, c, ct), ToDto);

        var providers = Group(app, "/api/v1/providers");
        providers.MapGet("/", async (OrganisationEditor e, CancellationToken ct) => TypedResults.Ok((await e.ProvidersAsync(ct)).Select(ToDto).ToList()))
            .WithName("ListProviders").WithSummary("Alle Träger");
        Item<Provider, ProviderDto, SaveProvider>(providers, "Provider", "Träger", "Api_ProviderNotFound", (e, id, ct) => e.FindProviderAsync(id, ct), (e, id, c, _, ct) => e.SaveAsync(id, c, ct), ToDto);

        var cooperations = Group(app, "/api/v1/cooperations");
        cooperations.MapGet("/", async (OrganisationEditor e, CancellationToken ct) => TypedResults.Ok((await e.CooperationsAsync(ct)).Select(ToDto).ToList()))
            .WithName("ListCooperations").WithSummary("Alle Kooperationen mit ihren Gemeinden und Trägern");
        Item<Cooperation, CooperationDto, SaveCooperation>(cooperations, "Cooperation", "Kooperation", "Api_CooperationNotFound", (e, id, ct) => e.FindCooperationAsync(id, ct), (e, id, c, actor, ct) => e.SaveAsync(id, c, actor, ct), ToDto);

        var teams = Group(app, "/api/v1/teams");
        teams.MapGet("/", async (OrganisationEditor e, CancellationToken ct) => TypedResults.Ok((await e.TeamsAsync(ct)).Select(ToDto).ToList()))
            .WithName("ListTeams").WithSummary("Alle Teams und Tandems mit ihren Gemeinden");
        Item<Team, TeamDto, SaveTeam>(teams, "Team", "Team", "Api_TeamNotFound", (e, id, ct) => e.FindTeamAsync(id, ct), (e, id, c, actor, ct) => e.SaveAsync(id, c, actor, ct), ToDto);
        return app;
    }

    private static RouteGroupBuilder Group(IEndpointRouteBuilder app, string prefix) =>
        app.MapGroup(prefix).WithTags("Organisation").RequireAuthorization(Policies.Organisation);

    /// <summary>Get, create, update and delete of one kind of item: the five editors differ only in their fields.</summary>
    private static void Item<TItem, TDto, TCommand>(
        RouteGroupBuilder group, string name, string label, string notFoundKey,
        Func<OrganisationEditor, Guid, CancellationToken, Task<TItem?>> find,
        Func<OrganisationEditor, Guid?, TCommand, StaffActor, CancellationToken, Task<OperationResult<TItem>>> save,
        Func<TItem, TDto> toDto)
        where TItem : class
        where TDto : IOrganisationItemDto
    {
        // Handlers as delegate values: the route handler analyzer cannot follow lambdas over type parameters.
        Func<Guid, OrganisationEditor, IStringLocalizer<SharedResource>, CancellationToken, Task<Results<Ok<TDto>, ProblemHttpResult>>> get =
            async (id, editor, text, ct) => await find(editor, id, ct) is { } item ? TypedResults.Ok(toDto(item)) : Problems.NotFound(text[notFoundKey]);
        Func<TCommand, OrganisationEditor, HttpRequest, ClaimsPrincipal, IStringLocalizer<SharedResource>, CancellationToken, Task<Results<Created<TDto>, ValidationProblem, ProblemHttpResult>>> create =
            async (command, editor, request, user, text, ct) => command is null
                ? Problems.Validation("body", text["Api_BodyRequired"])
                : (await save(editor, null, command, StaffActor.Of(user), ct)).ToHttp(item => Created(request, toDto(item)), text[notFoundKey]);
        Func<Guid, TCommand, OrganisationEditor, ClaimsPrincipal, IStringLocalizer<SharedResource>, CancellationToken, Task<Results<Ok<TDto>, ValidationProblem, ProblemHttpResult>>> update =
            async (id, command, editor, user, text, ct) => command is null
                ? Problems.Validation("body", text["Api_BodyRequired"])
                : (await save(editor, id, command, StaffActor.Of(user), ct)).ToHttp(item => TypedResults.Ok(toDto(item)), text[notFoundKey]);
        Func<Guid, OrganisationEditor, IStringLocalizer<SharedResource>, CancellationToken, Task<Results<NoContent, ValidationProblem, ProblemHttpResult>>> delete =
            async (id, editor, text, ct) => (await editor.DeleteAsync<TItem>(id, ct)).ToNoContent(text[notFoundKey]);
        // Generic handlers cannot be generated at build time (RDG002); these few are built from expression trees at start-up.
#pragma warning disable RDG002
        group.MapGet("/{id:guid}", get).WithName($"Get{name}").WithSummary($"{label} lesen");
        group.MapPost("/", create).WithName($"Create{name}").WithSummary($"{label} anlegen");
        group.MapPut("/{id:guid}", update).WithName($"Update{name}").WithSummary($"{label} ändern");
        group.MapDelete("/{id:guid}", delete).WithName($"Delete{name}").WithSummary($"{label} löschen (nicht, solange noch etwas darauf verweist)");
#pragma warning restore RDG002
    }

    private static Created<TDto> Created<TDto>(HttpRequest request, TDto dto)
        where TDto : IOrganisationItemDto => TypedResults.Created($"{request.Path.Value?.TrimEnd('/')}/{dto.Id}", dto);

    private static DistrictDto ToDto(District d) => new(d.Id, d.Name, d.Slug, d.OfficialKey);

    private static MunicipalityDetailDto ToDto(Municipality m) => new(m.Id, m.Name, m.Slug, m.OfficialKey, m.DistrictId, m.Postcodes, m.Latitude, m.Longitude);

    private static ProviderDto ToDto(Provider p) => new(p.Id, p.Name, p.Slug, p.Email, p.Website);

    private static CooperationDto ToDto(Cooperation c) =>
        new(c.Id, c.Name, c.Slug, c.Description, c.Municipalities.Select(m => m.Id).ToList(), c.Providers.Select(p => p.Id).ToList());

    private static TeamDto ToDto(Team t) => new(t.Id, t.Name, t.Slug, t.Kind.ToString(), t.DistrictId, t.ProviderId, t.Municipalities.Select(m => m.Id).ToList());
}
