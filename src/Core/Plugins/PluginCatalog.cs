using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace IntegrationsNetz.Core.Plugins;

/// <summary>
/// The plugins of this host. They are found in the assemblies the host was built with, so that adding a
/// plugin is a project reference and removing it leaves a host that still builds and runs.
/// </summary>
public sealed class PluginCatalog
{
    public PluginCatalog(IEnumerable<IPortalPlugin> plugins)
    {
        Plugins = plugins.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<IPortalPlugin> Plugins { get; }

    public static PluginCatalog Empty { get; } = new([]);

    /// <summary>The catalog without the plugins named (setting IntegrationsNetz:Plugins:Disabled).</summary>
    public PluginCatalog Without(IEnumerable<string>? names)
    {
        var disabled = (names ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new PluginCatalog(Plugins.Where(p => !disabled.Contains(p.Name)));
    }

    public IEnumerable<BackOfficeMenuEntry> MenuEntries =>
        Plugins.SelectMany(p => p.MenuEntries).OrderBy(e => e.Order).ThenBy(e => e.Label, StringComparer.Ordinal);

    public IEnumerable<VolunteerAreaEntry> VolunteerAreaEntries =>
        Plugins.SelectMany(p => p.VolunteerAreaEntries).OrderBy(e => e.Order).ThenBy(e => e.Label, StringComparer.Ordinal);

    /// <summary>Distinguishes EF models of hosts with different plugin sets living in one process (tests).</summary>
    public string ModelKey => string.Join('|', Plugins.Select(p => p.GetType().FullName));

    public static PluginCatalog Discover(IEnumerable<Assembly>? extraAssemblies = null)
    {
        var assemblies = LoadCandidateAssemblies().Concat(extraAssemblies ?? []).Distinct();
        var plugins = assemblies
            .SelectMany(a => a.GetCustomAttributes<PortalPluginAttribute>())
            .Select(a => a.PluginType)
            .Distinct()
            .Select(t => (IPortalPlugin)Activator.CreateInstance(t)!)
            .ToList();
        return new PluginCatalog(plugins);
    }

    private static IEnumerable<Assembly> LoadCandidateAssemblies()
    {
        var context = DependencyContext.Default;
        if (context is null)
        {
            return AppDomain.CurrentDomain.GetAssemblies();
        }

        // Only project references can hold plugins; NuGet packages and the framework are skipped for speed.
        return context.RuntimeLibraries
            .Where(l => l.Type == "project")
            .Select(l => TryLoad(l.Name))
            .OfType<Assembly>();
    }

    private static Assembly? TryLoad(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (Exception e) when (e is FileNotFoundException or BadImageFormatException or FileLoadException)
        {
            return null;
        }
    }
}
