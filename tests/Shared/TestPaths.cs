namespace IntegrationsNetz.Testing;

public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DemoContent => Path.Combine(RepositoryRoot, "uSync");

    /// <summary>A fresh folder under the system temp directory, for one test's data.</summary>
    public static string NewTempDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "inetz-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Copies a folder, so a test may change content files without touching the repository.</summary>
    public static string CopyDirectory(string source, string purpose)
    {
        var target = NewTempDirectory(purpose);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationsNetz.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IntegrationsNetz.sln not found above " + AppContext.BaseDirectory);
    }
}
