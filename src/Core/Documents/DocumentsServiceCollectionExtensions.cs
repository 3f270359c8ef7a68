using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationsNetz.Core.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>The PDF writer and its embedded fonts (loaded once), for every feature that writes a PDF.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.TryAddSingleton<DocumentFonts>();
        services.TryAddSingleton<PdfWriter>();
        return services;
    }
}
