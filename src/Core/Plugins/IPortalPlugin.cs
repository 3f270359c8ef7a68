using IntegrationsNetz.Core.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Core.Plugins;

/// <summary>
/// The contract a back-office plugin implements (as Umbraco's composers and Orchard's module Startup):
/// everything the plugin brings is registered here, so removing the plugin removes the feature and nothing else.
/// A plugin assembly announces its implementation with <see cref="PortalPluginAttribute"/>.
/// </summary>
public interface IPortalPlugin
{
    /// <summary>A stable technical name, e.g. "CaseMatching".</summary>
    string Name { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>
    /// Adds the plugin's tables to the portal's model, so the plugin's writes share a transaction with the host's
    /// outbox and indexing tasks. The host's migrations never create them; see <see cref="MigrateAsync"/>.
    /// </summary>
    void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>Applies the plugin's own migrations, after the host's, at start.</summary>
    Task MigrateAsync(PortalDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    IEnumerable<BackOfficeMenuEntry> MenuEntries { get; }

    /// <summary>Tabs of the volunteer's own area (beside the host's profile and security), in the volunteer's language.</summary>
    IEnumerable<VolunteerAreaEntry> VolunteerAreaEntries => [];

    /// <summary>Permission names the plugin checks, so administrators can see what it guards.</summary>
    IEnumerable<PluginPermission> Permissions { get; }
}

/// <summary>A link in the back-office navigation, shown to users in one of <see cref="Roles"/>.</summary>
public sealed record BackOfficeMenuEntry(string Label, string Path, IReadOnlyList<string> Roles, int Order = 100);

/// <summary>A tab of the volunteer area; <see cref="Key"/> marks it as the current page.</summary>
public sealed record VolunteerAreaEntry(string Key, string Label, string Path, int Order = 100);

public sealed record PluginPermission(string Name, string Description, IReadOnlyList<string> GrantedToRoles);

[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PortalPluginAttribute(Type pluginType) : Attribute
{
    public Type PluginType { get; } = pluginType;
}
