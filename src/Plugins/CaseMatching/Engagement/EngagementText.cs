namespace IntegrationsNetz.Plugins.CaseMatching.Engagement;

/// <summary>
/// What the certificate adds up and in which order, the same in every language (the words are in <see cref="CertificateTexts"/>).
/// </summary>
public static class EngagementText
{
    public static decimal TotalHours(EngagementCertificate certificate) => certificate.Years.Sum(y => y.Hours);

    /// <summary>The years in order, each with its activities by date.</summary>
    public static IEnumerable<EngagementYear> Chronological(EngagementCertificate certificate) =>
        certificate.Years.OrderBy(y => y.Year)
            .Select(y => y with { Activities = [.. y.Activities.OrderBy(a => a.On).ThenBy(a => a.Title, StringComparer.Ordinal)] });
}
