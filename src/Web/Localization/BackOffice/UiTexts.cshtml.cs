using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Common.Pages;
using Microsoft.AspNetCore.Authorization;

namespace IntegrationsNetz.Web.Localization.BackOffice;

/// <summary>
/// For administrators: the UI texts each language lacks. Administrators only, because the texts ship with the
/// program (resource files in a release), not with the content an editor or coordinator can change.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UiTextsModel(PluginCatalog plugins) : BackOfficePageModel
{
    public IReadOnlyList<UiTextGaps> Languages { get; private set; } = [];

    public void OnGet() => Languages = UiTextCoverage.Of(UiTextCoverage.PortalAssemblies(plugins), UiTextAudience.Portal);
}
