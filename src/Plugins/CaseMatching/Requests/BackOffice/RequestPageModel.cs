using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests.BackOffice;

/// <summary>What the two request pages share: the typed form read into the service's input, with messages for what is not a date, time or number.</summary>
public abstract class RequestPageModel(CaseAccess access) : CasePageModel(access)
{
    public const string FormKey = "Request";

    protected RequestInput? ToInput(RequestForm form)
    {
        var on = Date(form.On, $"{FormKey}.On");
        var expires = Date(form.ExpiresOn, $"{FormKey}.ExpiresOn");
        var places = Number(form.Places, $"{FormKey}.Places");
        var from = Time(form.From, $"{FormKey}.From");
        var until = Time(form.Until, $"{FormKey}.Until");

        return ModelState.IsValid
            ? new RequestInput(form.Title, form.Description, form.Skills, form.Languages, on, from, until, form.TimeWindows, places, form.InvolvesChildren, expires)
            : null;
    }
}
