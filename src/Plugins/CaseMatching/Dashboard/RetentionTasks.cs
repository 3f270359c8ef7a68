using System.Security.Claims;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using Microsoft.AspNetCore.Authorization;

namespace IntegrationsNetz.Plugins.CaseMatching.Dashboard;

/// <summary>
/// For whoever runs the retention (administrators): how many closed cases the next run deletes, a preview before the
/// daily job does it, with a link to the list.
/// </summary>
public sealed class RetentionTasks(IAuthorizationService authorization, RetentionService retention) : IDashboardTasks
{
    public async Task<IReadOnlyList<DashboardTask>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!(await authorization.AuthorizeAsync(user, CaseMatchingPlugin.RetentionPolicy)).Succeeded)
        {
            return [];
        }

        var due = (await retention.PreviewAsync(ct)).Count;
        return due == 0
            ? []
            : [new DashboardTask(due == 1 ? Texts.Get("Tasks_RetentionDue_One") : Texts.Format("Tasks_RetentionDue_Many", due), "/backoffice/cases/retention")];
    }
}
