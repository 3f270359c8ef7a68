using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Web.Common.Pages;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>
/// What the case pages add to the toolkit's back-office page: the viewer (who may see which cases), asked once per
/// request. Messages, dates, the status line and the save sequence come from <see cref="BackOfficePageModel"/>.
/// </summary>
public abstract class CasePageModel(CaseAccess access) : BackOfficePageModel
{
    private CaseViewer? _viewer;

    protected CaseAccess Access { get; } = access;

    protected async Task<CaseViewer> ViewerAsync(CancellationToken ct) => _viewer ??= await Access.ViewerAsync(User, ct);
}
