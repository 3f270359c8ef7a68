using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IntegrationsNetz.Core.Data;

/// <summary>The model depends on the plugins present, so hosts with different plugin sets must not share a cached model.</summary>
internal sealed class PluginModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is PortalDbContext portal
            ? (context.GetType(), portal.Plugins.ModelKey, designTime)
            : (context.GetType(), designTime);
}
