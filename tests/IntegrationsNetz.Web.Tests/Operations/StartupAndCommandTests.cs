using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>The portal started as a process: configuration checks and the content verbs.</summary>
public sealed class StartupAndCommandTests
{
    [Theory]
    [InlineData("IntegrationsNetz__Database__Provider", "Mysql", "IntegrationsNetz:Database:Provider")]
    [InlineData("IntegrationsNetz__Setup__AdminPassword", "kurz", "IntegrationsNetz:Setup:AdminEmail and IntegrationsNetz:Setup:AdminPassword must be set together")]
    [InlineData("IntegrationsNetz__Security__RequireTwoFactorForRoles__0", "Chef", "IntegrationsNetz:Security:RequireTwoFactorForRoles")]
    [InlineData("IntegrationsNetz__PublicBaseUrl", "kein-url", "IntegrationsNetz:PublicBaseUrl")]
    public async Task An_invalid_setting_stops_the_start_with_one_line_naming_it(string variable, string value, string expected)
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = TestPaths.NewTempDirectory("data"),
            [variable] = value,
        });

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", result.Error + result.Output);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_refused_at_start()
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = TestPaths.NewTempDirectory("data"),
            ["IntegrationsNetz__Database__Provider"] = "Postgres",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ConnectionStrings:IntegrationsNetz", result.Error);
    }

    [Fact]
    public async Task Content_import_then_export_leaves_the_demo_files_byte_for_byte_unchanged()
    {
        var content = TestPaths.CopyDirectory(TestPaths.DemoContent, "usync");
        var environment = new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = TestPaths.NewTempDirectory("data"),
            ["IntegrationsNetz__ContentDirectory"] = content,
        };

        var dryRun = await PortalProcess.RunAsync(environment, "content", "import", "--dry-run");
        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("(dry run, nothing changed)", dryRun.Output);

        // One item per item file (*.config; the search's synonym list beside them is no item): without files every
        // count below would be 0 and the comparison would check nothing.
        var demoFiles = Directory.GetFiles(TestPaths.DemoContent, "*.config", SearchOption.AllDirectories);
        Assert.NotEmpty(demoFiles);
        var import = await PortalProcess.RunAsync(environment, "content", "import");
        Assert.Equal(0, import.ExitCode);
        Assert.Contains($"{demoFiles.Length} created, 0 updated, 0 unchanged, 0 deleted", import.Output);

        var again = await PortalProcess.RunAsync(environment, "content", "import");
        Assert.Contains("0 created, 0 updated", again.Output);

        var export = await PortalProcess.RunAsync(environment, "content", "export");
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("0 created, 0 updated", export.Output);
        Assert.Contains("0 deleted", export.Output);
        foreach (var file in demoFiles)
        {
            var copy = Path.Combine(content, Path.GetRelativePath(TestPaths.DemoContent, file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(copy)), file);
        }
    }

    [Fact]
    public async Task A_malformed_content_file_stops_the_import_with_file_and_line()
    {
        var content = TestPaths.CopyDirectory(TestPaths.DemoContent, "usync");
        var file = Path.Combine(content, "Districts", "enzkreis.config");
        File.WriteAllText(file, File.ReadAllText(file).Replace("</Name>", "</Nam>"));
        var environment = new Dictionary<string, string>
        {
            ["IntegrationsNetz__DataDirectory"] = TestPaths.NewTempDirectory("data"),
            ["IntegrationsNetz__ContentDirectory"] = content,
        };

        var import = await PortalProcess.RunAsync(environment, "content", "import");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("nothing was changed", import.Error);
        Assert.Contains("Districts/enzkreis.config:3:", import.Error);
        var export = await PortalProcess.RunAsync(environment, "content", "export", "--dry-run");
        Assert.Contains("0 created, 0 updated, 0 unchanged", export.Output);
    }
}
