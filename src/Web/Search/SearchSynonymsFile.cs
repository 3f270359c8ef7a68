using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Web.Hosting;

namespace IntegrationsNetz.Web.Search;

/// <summary>The synonyms file of this node's content folder (uSync/Search/synonyms.txt), read at start (changes: <see cref="SearchSynonymsEditor"/>).</summary>
public sealed class SearchSynonymsFile(string path, ILogger<SearchSynonymsFile> logger)
{
    public string Path => path;

    public static Func<IServiceProvider, SearchSynonymsFile> For(ContentDirectory content) =>
        sp => new SearchSynonymsFile(System.IO.Path.Combine(content.Path, SearchSynonyms.RelativePath), sp.GetRequiredService<ILogger<SearchSynonymsFile>>());

    /// <summary>The synonyms as the file says; a file that cannot be read leaves the search without synonyms, not without a start.</summary>
    public SearchSynonyms Load()
    {
        try
        {
            return SearchSynonyms.Load(path);
        }
        catch (FormatException e)
        {
            logger.LogWarning("The synonyms file {Path} cannot be read ({Error}); searching without synonyms", path, e.Message);
            return SearchSynonyms.Empty;
        }
    }
}
