using System.Text.Json;
using IntegrationsNetz.Core.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace IntegrationsNetz.Web.Security;

/// <summary>
/// Input the framework cannot read (JSON of the wrong shape, a body that is too large, multipart without a boundary)
/// and values over the model's limits are the caller's mistake: 400, 413 or 415 with a German text naming the field,
/// never a 500. Nothing of the request body is logged; the messages name the field, not the value.
/// </summary>
public sealed class BadInputHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (Describe(exception) is not { } problem)
        {
            return false;
        }

        // The middleware may already point the request at the error page; the failed address decides.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            // Pages: the error page shows the German text in the visitor's layout.
            return false;
        }

        context.Response.StatusCode = problem.Status;

        var details = new Microsoft.AspNetCore.Mvc.ValidationProblemDetails(problem.Field is null ? new Dictionary<string, string[]>() : new Dictionary<string, string[]> { [problem.Field] = [problem.Detail] })
        {
            Status = problem.Status,
            Title = problem.Title,
            Detail = problem.Detail,
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    /// <summary>For a status the server set without an exception (Kestrel's body limit): the same texts.</summary>
    public static BadInput? ForStatus(int status) => Describe(new BadHttpRequestException(string.Empty, status));

    public static BadInput? Describe(Exception exception) => exception switch
    {
        FieldLimitException limit => new BadInput(400, Camel(limit.Field), "Die Eingaben sind nicht gültig.", limit.Message),
        BadHttpRequestException { StatusCode: 413 } => new BadInput(413, null, "Die Anfrage ist zu groß.", "Die gesendeten Daten sind zu groß. Bitte kürzen Sie die Eingaben oder teilen Sie die Datei auf."),
        BadHttpRequestException { StatusCode: 415 } => new BadInput(415, null, "Falsches Format.", "Bitte senden Sie die Daten als JSON (Content-Type: application/json)."),
        BadHttpRequestException { InnerException: JsonException json } => new BadInput(400, Field(json.Path), "Die Anfrage ist nicht lesbar.", Unreadable(Field(json.Path))),
        BadHttpRequestException { StatusCode: >= 400 and < 500 } bad => new BadInput(bad.StatusCode, null, "Die Anfrage ist nicht lesbar.", Unreadable(null)),
        InvalidDataException => new BadInput(400, null, "Die Anfrage ist nicht lesbar.", "Die Formulardaten sind nicht lesbar oder zu groß (bei Dateien: multipart/form-data mit Boundary)."),
        Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => new BadInput(400, null, "Das Formular ist abgelaufen.", "Das Formular ist abgelaufen. Bitte laden Sie die Seite neu und senden Sie es noch einmal."),
        _ => null,
    };

    private static string Unreadable(string? field) => field is null
        ? "Bitte gültiges JSON senden, Datumsangaben als JJJJ-MM-TT (zum Beispiel 2027-01-31)."
        : $"Der Wert im Feld „{field}“ hat nicht die erwartete Form (Text, Zahl, Ja/Nein, Datum als JJJJ-MM-TT; keine leeren Einträge in Listen).";

    // "$.texts[0].title" -> "texts[0].title"; the path names the field, never the value.
    private static string? Field(string? path) => string.IsNullOrEmpty(path) || path == "$" ? null : path.TrimStart('$', '.');

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}

public sealed record BadInput(int Status, string? Field, string Title, string Detail)
{
    public const string MessageKey = "IntegrationsNetz.BadInput";
}
