using IntegrationsNetz.Web.Common.Pages;
using System.Globalization;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Organisation.BackOffice;

/// <summary>What the five organisation editors share: saving through the service, deleting with a tombstone.</summary>
[Authorize(Policy = Policies.Organisation)]
public abstract class OrganisationEditModel(OrganisationEditor editor, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    public const string IndexPath = "/backoffice/organisation";

    [FromRoute]
    public Guid? Id { get; set; }

    public bool IsNew => Id is null;

    protected OrganisationEditor Editor { get; } = editor;

    protected IStringLocalizer<SharedResource> Text { get; } = text;

    protected IActionResult Saved<T>(OperationResult<T> result) => Outcome(result, "Input", () =>
    {
        Status(Text["Org_Saved"]);
        return Redirect(IndexPath);
    }, Page);

    protected async Task<IActionResult> DeleteAsync<T>(CancellationToken ct)
        where T : class
    {
        var result = Id is { } id ? await Editor.DeleteAsync<T>(id, ct) : OperationResult.NotFound;
        return Reported(result, Text["Org_Deleted"], () => Redirect(IndexPath));
    }

    /// <summary>Accepts "49,366" as well as "49.366": German keyboards write a decimal comma.</summary>
    protected static double? ParseNumber(string? value) =>
        double.TryParse(value?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    protected static string FormatNumber(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
