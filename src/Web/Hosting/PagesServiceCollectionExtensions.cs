using IntegrationsNetz.Web.Accounts;

namespace IntegrationsNetz.Web.Hosting;

public static class PagesServiceCollectionExtensions
{
    public static IServiceCollection AddPortalPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/BackOffice", Policies.Staff);
            o.Conventions.AllowAnonymousToFolder("/BackOffice/Account");
            o.Conventions.AddFolderApplicationModelConvention("/BackOffice", m => m.Filters.Add(new TwoFactorRequiredFilter()));
            o.Conventions.AddPageRoute("/BackOffice/Offers/Edit", "backoffice/offers/new/{kind}");
        });
        services.AddAntiforgery(o => o.Cookie.Name = "inetz.af");
        services.AddScoped<Pages.BackOffice.Content.ContentAccess>();
        return services;
    }
}
