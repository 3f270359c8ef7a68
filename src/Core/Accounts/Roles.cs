using IntegrationsNetz.Core.Common;

namespace IntegrationsNetz.Core.Accounts;

public static class Roles
{
    public const string Administrator = StaffActor.AdministratorRole;
    public const string Coordinator = nameof(Coordinator);
    public const string Editor = nameof(Editor);
    public const string Manager = nameof(Manager);
    public const string Volunteer = nameof(Volunteer);

    public static IReadOnlyList<string> All { get; } = [Administrator, Coordinator, Editor, Manager, Volunteer];

    /// <summary>Roles that may enter the back office.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Administrator, Coordinator, Editor, Manager];

    public const string StaffList = "Administrator,Coordinator,Editor,Manager";

    public const string ContentList = "Administrator,Coordinator,Editor";
}
