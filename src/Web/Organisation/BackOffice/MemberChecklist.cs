using Microsoft.AspNetCore.Mvc.Rendering;

namespace IntegrationsNetz.Web.Organisation.BackOffice;

/// <summary>A list of checkboxes for many-to-many choices; plain form posts, no script needed.</summary>
public sealed record MemberChecklist(string Name, string Legend, IReadOnlyList<SelectListItem> Options);
