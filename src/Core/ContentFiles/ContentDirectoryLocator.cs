using IntegrationsNetz.Core.Configuration;

namespace IntegrationsNetz.Core.ContentFiles;

public static class ContentDirectoryLocator
{
    /// <summary>
    /// The configured folder, or the nearest "uSync" folder at or above the content root: "dotnet run --project src/Web"
    /// has src/Web as its content root while the files live at the repository root.
    /// </summary>
    public static string Resolve(PortalOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ContentDirectory))
        {
            return Path.GetFullPath(Path.IsPathRooted(options.ContentDirectory)
                ? options.ContentDirectory
                : Path.Combine(contentRoot, options.ContentDirectory));
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "uSync");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(Path.GetFullPath(contentRoot), "uSync");
    }
}
