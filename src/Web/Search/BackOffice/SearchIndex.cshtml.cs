using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Offers;
using IntegrationsNetz.Web.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationsNetz.Web.Search.BackOffice;

[Authorize(Policy = Policies.Organisation)]
public sealed class SearchIndexModel(SearchIndex index, IndexRebuildRun run) : BackOfficePageModel
{
    public IndexRebuildRun Run => run;

    public int Documents { get; private set; }

    public long Cursor { get; private set; }

    public void OnGet()
    {
        (Documents, Cursor) = index.IsOpen ? (index.DocumentCount, index.Cursor) : (0, 0);
    }

    public IActionResult OnPost()
    {
        run.TryStart();
        return RedirectToPage();
    }
}
