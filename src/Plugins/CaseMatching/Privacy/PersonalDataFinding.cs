namespace IntegrationsNetz.Plugins.CaseMatching.Privacy;

/// <summary>What kind of personal data a finding is; each has a German explanation "PersonalData_{Kind}".</summary>
public enum PersonalDataKind
{
    Phone,
    Email,
    Address,
    BirthDate,
    AgeWithName,
    Iban,
    FileNumber,
    Name,
    Health,
    Accommodation,
    NationalityAgePlace,
}

/// <summary>
/// One place in a text that must not leave the case: <see cref="Start"/> and <see cref="Length"/> in UTF-16 code units
/// of the text as given, so a form can mark exactly these words.
/// </summary>
public sealed record PersonalDataFinding(PersonalDataKind Kind, int Start, int Length, string Text, string Explanation)
{
    public int End => Start + Length;
}
