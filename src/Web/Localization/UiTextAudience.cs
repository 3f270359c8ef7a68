namespace IntegrationsNetz.Web.Localization;

/// <summary>
/// Which UI texts a public reader can meet. The back office is German by design, so its texts are not missing in
/// other languages; everything else is. A resource file not named here is public as a whole, so a new file must be
/// translated or declared here. Keys are matched exactly or, ending in "*", by their beginning.
/// </summary>
public sealed class UiTextAudience(IReadOnlyDictionary<string, UiTextAudience.Rule> rules)
{
    /// <param name="PublicByDefault">Whether a key not in <paramref name="Exceptions"/> is public.</param>
    /// <param name="Exceptions">Keys (or "Prefix_*") that are the other way round.</param>
    public sealed record Rule(bool PublicByDefault, IReadOnlyList<string> Exceptions);

    public static UiTextAudience Portal { get; } = new(new Dictionary<string, Rule>(StringComparer.Ordinal)
    {
        // Public and back-office texts share this file; the back office's are grouped by their prefix.
        ["IntegrationsNetz.Web.Resources.SharedResource"] = new(true,
        [
            "AccessDenied_*", "Api_*", "Chart_*", "Create_*", "Dashboard_*", "Edit_*", "History_*", "HomeEasy_*", "Import_*",
            "Index_*", "Mail_*", "Offers_*", "Operations_*", "Outbox_*", "OutboxStatus_*", "Pages_*", "Reason_*",
            "RecoveryCodes_*", "Role_*", "Setup_*", "State_*", "Synonyms_*", "Tasks_*", "TeamKind_*", "TwoFactor_*",
            "TwoFactorLogin_*", "UiTexts_*", "Users_*", "Volunteers_*",
            "Field_AuthenticatorCode", "Field_Body", "Field_Description", "Field_DisplayName", "Field_DisplayNameHint",
            "Field_District", "Field_DistrictKey", "Field_Latitude", "Field_Longitude", "Field_Municipalities",
            "Field_MunicipalityKey", "Field_Name", "Field_Postcodes", "Field_PostcodesHint", "Field_Provider",
            "Field_Providers", "Field_PublishAt", "Field_RecoveryCode", "Field_RoleEmail", "Field_Slug", "Field_SortOrder",
            "Field_TeamKind", "Field_Title", "Field_UnpublishAt", "Field_Website",
            "Login_RefreshInvalid", "Login_TwoFactorRequired", "Login_TwoFactorSetupRequired",
            "Menu_Offers", "Menu_Organisation", "Menu_Outbox", "Menu_Pages", "Menu_Start", "Menu_Users", "Menu_Volunteers",
            "Org_Cancel", "Org_Delete", "Org_Deleted", "Org_Empty", "Org_Intro", "Org_New_*", "Org_Saved", "Org_Title",
            "Org_cooperations", "Org_districts", "Org_municipalities", "Org_providers", "Org_teams",
            "Page_SortOrderRequired", "Validation_Coordinates", "Validation_Email",
        ]),

        // The services' messages are German (Messages.Get); only those a public reader meets go through ForReader.
        ["IntegrationsNetz.Core.Resources.Messages"] = new(false,
        [
            "InvalidEmail", "LanguageNeedsLanguage", "LanguageNeedsLevel", "LanguageTwice", "OptInInvalid", "OptInUsed",
            "PasswordTooShort", "PrivacyConsentRequired", "UnknownLanguage", "UnknownMunicipality", "UnknownSkill",
            "UnknownSlot", "VolunteerNameRequired", "VolunteerNeedsMunicipality",
        ]),
        ["IntegrationsNetz.Web.Common.Resources.ToolkitTexts"] = new(false, []),
        ["IntegrationsNetz.Plugins.CaseMatching.Resources.Texts"] = new(false, []),
    });

    public bool IsPublic(string resource, string key)
    {
        if (!rules.TryGetValue(resource, out var rule))
        {
            return true;
        }

        return rule.Exceptions.Any(e => Matches(e, key)) != rule.PublicByDefault;
    }

    /// <summary>Exceptions that match no key of their file: left over from a renamed or removed text.</summary>
    public IEnumerable<string> Unused(string resource, IReadOnlyCollection<string> keys) =>
        rules.TryGetValue(resource, out var rule) ? rule.Exceptions.Where(e => !keys.Any(k => Matches(e, k))) : [];

    private static bool Matches(string pattern, string key) =>
        pattern.EndsWith('*') ? key.StartsWith(pattern[..^1], StringComparison.Ordinal) : key == pattern;
}
