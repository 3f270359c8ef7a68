namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>A request as the manager writes it.</summary>
public sealed record RequestWriteDto(
    string? Title, string? Description, List<string?>? Skills, List<string?>? Languages, DateOnly? On, TimeOnly? From, TimeOnly? Until,
    List<string?>? TimeWindows, int? Places, bool InvolvesChildren, DateOnly? ExpiresOn)
{
    public RequestInput ToInput() => new(Title, Description, Skills, Languages, On, From, Until, TimeWindows, Places, InvolvesChildren, ExpiresOn);
}

public sealed record MeetingDetailsDto(string? MeetingDetails);

public sealed record SignupWriteDto(string? Message);

public sealed record CompleteDto(decimal? Hours);

/// <summary>A sign-up as the manager sees it: with the volunteer's name and contact.</summary>
public sealed record ManagerSignupDto(Guid Id, string Status, string VolunteerName, string? Email, string? Phone, bool CurrentConductCheck, string? Message, decimal? Hours, DateOnly? CompletedOn);

/// <summary>A request as the manager sees it.</summary>
public sealed record RequestDto(
    Guid Id, Guid NeedId, string Title, string Description, string Municipality, IReadOnlyList<string> Skills, IReadOnlyList<string> Languages,
    DateOnly? On, TimeOnly? From, TimeOnly? Until, IReadOnlyList<string> TimeWindows, int Places, int Confirmed, bool InvolvesChildren,
    DateOnly ExpiresOn, string Status, string? MeetingDetails, IReadOnlyList<ManagerSignupDto>? Signups);

/// <summary>The volunteer's own sign-up on a board entry.</summary>
public sealed record OwnSignupDto(Guid Id, string Status, decimal? Hours);

/// <summary>A request as the board shows it: what the request says, never anything of the case.</summary>
public sealed record BoardRequestDto(
    Guid Id, string Title, string Description, string Municipality, string When, IReadOnlyList<string> Skills, IReadOnlyList<string> Languages,
    DateOnly? On, TimeOnly? From, TimeOnly? Until, IReadOnlyList<string> TimeWindows, int PlacesLeft, bool InvolvesChildren, DateOnly ExpiresOn,
    string Status, OwnSignupDto? Signup, string? MeetingDetails);
