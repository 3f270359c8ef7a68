namespace IntegrationsNetz.Core.Accounts;

public static class PasswordRules
{
    /// <summary>Long passphrases instead of composition rules (BSI and NIST advice).</summary>
    public const int MinimumLength = 12;
}
