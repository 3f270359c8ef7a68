using System.Text;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Search;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Search;

/// <summary>
/// The one way the synonym list changes (back office and API): checks every line, writes the content folder's
/// uSync/Search/synonyms.txt and gives this node's search the new list at once. Other nodes on the same content
/// folder pick the change up by the file's stamp (<see cref="SearchSynonymsWatch"/>), so no table or change-log entry
/// is needed: the file stays the single source an operator can also edit by hand.
/// </summary>
public sealed class SearchSynonymsEditor(
    SearchSynonymsFile file, SearchService search, IStringLocalizer<SharedResource> text, ILogger<SearchSynonymsEditor> logger)
{
    /// <summary>Far above any real vocabulary; keeps a pasted mistake from becoming a huge file.</summary>
    public const int MaxLength = 200_000;

    private readonly Lock _gate = new();

    // The stamp of the file the running search was last given; null until the first check, which always reads.
    private (DateTime Written, long Length)? _stamp;

    /// <summary>The list the search uses now.</summary>
    public SearchSynonyms Current => search.Synonyms;

    /// <summary>The file as it is on disk (also when it cannot be read as a list, so it can be corrected).</summary>
    public string FileText => File.Exists(file.Path) ? File.ReadAllText(file.Path) : string.Empty;

    public OperationResult<SearchSynonyms> Save(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            // An empty list would switch the whole vocabulary off with one slip; a comment line switches off one entry.
            return OperationResult.Invalid("text", text["Synonyms_Empty"]);
        }

        if (list.Length > MaxLength)
        {
            return OperationResult.Invalid("text", text["Synonyms_TooLong", MaxLength]);
        }

        // LF and a final newline, as every content file, so the same list gives the same bytes.
        var normalized = list.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
        SearchSynonyms parsed;
        try
        {
            parsed = SearchSynonyms.Parse(normalized);
        }
        catch (FormatException e)
        {
            return OperationResult.Invalid("text", e.Message);
        }

        lock (_gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file.Path)!);
            // Written beside and moved over, so a node checking at this moment never reads half a file.
            var temporary = file.Path + ".tmp";
            File.WriteAllText(temporary, normalized, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, file.Path, overwrite: true);
            search.Synonyms = parsed;
            _stamp = Stamp();
        }

        logger.LogInformation("Synonym list saved to {Path} ({Count} words)", file.Path, parsed.Count);
        return OperationResult<SearchSynonyms>.Ok(parsed);
    }

    /// <summary>Gives the search the file's list when the file changed since it was last read (by another node or by hand).</summary>
    public bool ReloadIfChanged()
    {
        lock (_gate)
        {
            var stamp = Stamp();
            if (_stamp == stamp)
            {
                return false;
            }

            _stamp = stamp;
            try
            {
                search.Synonyms = File.Exists(file.Path) ? SearchSynonyms.Parse(File.ReadAllText(file.Path)) : SearchSynonyms.Empty;
                return true;
            }
            catch (FormatException e)
            {
                // A broken hand edit keeps the list that worked; the stamp is kept too, so this is logged once.
                logger.LogWarning("The synonyms file {Path} cannot be read ({Error}); keeping the list in use", file.Path, e.Message);
                return false;
            }
        }
    }

    private (DateTime, long)? Stamp()
    {
        var info = new FileInfo(file.Path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : null;
    }
}
