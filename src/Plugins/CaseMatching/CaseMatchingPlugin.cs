using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Plugins;
using IntegrationsNetz.Plugins.CaseMatching;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Engagement;
using IntegrationsNetz.Plugins.CaseMatching.Matching;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Privacy;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Reports;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Plugins.CaseMatching.Data;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using IntegrationsNetz.Plugins.CaseMatching.Review;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: PortalPlugin(typeof(CaseMatchingPlugin))]

namespace IntegrationsNetz.Plugins.CaseMatching;

/// <summary>
/// The back-office plugin for case work: pseudonymous cases, integration plans, anonymised needs, ranked matching,
/// referrals, substitutions, review dates and retention.
/// </summary>
public sealed class CaseMatchingPlugin : IPortalPlugin
{
    public const string PluginName = "CaseMatching";

    /// <summary>Managers and coordinators; which case they may open is decided per case.</summary>
    public const string CaseWorkPolicy = "CaseMatching.CaseWork";

    public const string AccessLogPolicy = "CaseMatching.AccessLog";

    public const string StatisticsPolicy = "CaseMatching.Statistics";

    public const string RetentionPolicy = "CaseMatching.Retention";

    /// <summary>Volunteers: the request board and their own sign-ups; whether they are approved is checked per call.</summary>
    public const string VolunteerPolicy = "CaseMatching.Volunteer";

    /// <summary>Hours are recorded by the volunteer or, for them, by the case's managers.</summary>
    public const string SignupCompletionPolicy = "CaseMatching.SignupCompletion";

    public string Name => PluginName;

    public IEnumerable<BackOfficeMenuEntry> MenuEntries =>
    [
        new("Fälle", "/backoffice/cases", [Roles.Manager, Roles.Coordinator], 10),
        new("Wiedervorlage", "/backoffice/cases/review", [Roles.Manager, Roles.Coordinator], 11),
        new("Vertretungen", "/backoffice/cases/substitutions", [Roles.Manager, Roles.Coordinator], 12),
        new("Fallstatistik", "/backoffice/cases/statistics", [Roles.Coordinator, Roles.Administrator], 13),
        new("Kennzahlen", "/backoffice/reports", [Roles.Coordinator, Roles.Administrator], 15),
        new("Löschfristen", "/backoffice/cases/retention", [Roles.Administrator], 14),
        // Read per request, so volunteers see the entry in their language.
        new(VolunteerTexts.Get("Nav_Board"), "/ehrenamt/anfragen", [Roles.Volunteer], 20),
    ];

    public IEnumerable<VolunteerAreaEntry> VolunteerAreaEntries =>
    [
        new("board", VolunteerTexts.Get("Nav_Board"), "/ehrenamt/anfragen", 10),
        new("certificate", VolunteerTexts.Get("Nav_Certificate"), "/ehrenamt/nachweis", 20),
    ];

    public IEnumerable<PluginPermission> Permissions =>
    [
        new(CaseWorkPolicy, "Fälle im eigenen Zuständigkeitsbereich und in Vertretung bearbeiten", [Roles.Manager, Roles.Coordinator]),
        new(AccessLogPolicy, "Zugriffsprotokolle aller Fälle sehen (eigene Fälle sehen ihre Verantwortlichen)", [Roles.Administrator]),
        new(StatisticsPolicy, "Fallzahlen je Gemeinde sehen, ohne Falldetails", [Roles.Coordinator, Roles.Administrator]),
        new(RetentionPolicy, "Löschfristen prüfen und den Löschlauf starten", [Roles.Administrator]),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CaseMatchingOptions>().BindConfiguration(CaseMatchingOptions.Section);
        services.AddAuthorizationBuilder()
            .AddPolicy(CaseWorkPolicy, p => p.RequireRole(Roles.Manager, Roles.Coordinator))
            .AddPolicy(AccessLogPolicy, p => p.RequireRole(Roles.Manager, Roles.Coordinator, Roles.Administrator))
            .AddPolicy(StatisticsPolicy, p => p.RequireRole(Roles.Coordinator, Roles.Administrator))
            .AddPolicy(RetentionPolicy, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(VolunteerPolicy, p => p.RequireRole(Roles.Volunteer))
            .AddPolicy(SignupCompletionPolicy, p => p.RequireRole(Roles.Volunteer, Roles.Manager, Roles.Coordinator));
        services.AddSingleton(new MailTemplateSource(typeof(CaseMatchingPlugin).Assembly, "IntegrationsNetz.Plugins.CaseMatching.Mail.Templates"));
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseService>();
        services.AddScoped<PlanService>();
        services.AddScoped<NeedService>();
        services.AddScoped<ReferralService>();
        services.AddScoped<SubstitutionService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<RetentionService>();
        services.AddScoped<StatisticsService>();
        services.AddScoped<ReportUnits>();
        services.AddScoped<KeyFiguresService>();
        services.AddScoped<KeyFiguresReports>();
        services.AddScoped<IDashboardTasks, Dashboard.CaseWorkTasks>();
        services.AddScoped<IDashboardTasks, Dashboard.RetentionTasks>();
        services.AddScoped<Web.Common.Charts.IDashboardCharts, Dashboard.CaseCharts>();
        services.AddScoped<MatchingService>();
        services.AddHttpContextAccessor();
        services.AddScoped<RequestLinks>();
        services.AddScoped<RequestMails>();
        services.AddScoped<RequestReach>();
        services.AddScoped<RequestService>();
        services.AddScoped<RequestBoard>();
        services.AddScoped<RequestMapping>();
        services.AddScoped<RequestJobs>();
        services.AddScoped<VolunteerAccess>();
        services.AddScoped<SignupService>();
        services.AddScoped<EngagementService>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor, VolunteerLeaving>();
        services.AddSingleton<PersonalDataCheck>();
        services.AddSingleton<CertificatePdf>();
        services.AddSingleton<Plans.PlanCopy.PlanCopyPdf>();
        services.AddScoped<Plans.PlanCopy.PlanCopyService>();
        services.AddSingleton<OfferCatalog>();
        services.AddSingleton<VolunteerPool>();
        services.AddSingleton<CaseMatchingScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<CaseMatchingScheduler>());
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => CaseMatchingModel.Configure(modelBuilder);

    public Task MigrateAsync(PortalDbContext db, CancellationToken cancellationToken) => CaseMatchingMigrator.MigrateAsync(db, cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCaseMatchingApi().MapRequestsApi().MapEngagementApi().MapReportsApi();
}
