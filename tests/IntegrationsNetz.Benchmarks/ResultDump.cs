using System.Globalization;
using System.Text;
using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Benchmarks;

/// <summary>
/// --dump FOLDER: writes what every query of the mix returns (total, suggestion, the hits of the page in order, all facet
/// counts) to FOLDER/SIZE.txt, so two versions of the search code can be compared with diff.
/// </summary>
public static class ResultDump
{
    public static void Write(string path, SearchService service, IReadOnlyList<BenchmarkQuery> queries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = new StringBuilder();
        foreach (var query in queries)
        {
            var result = service.Search(query.Request);
            text.AppendLine(CultureInfo.InvariantCulture, $"## {query.Name}: {result.Total} hits, suggestion {result.DidYouMean ?? "-"}");
            foreach (var hit in result.Items)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   {hit.Slug} [{hit.TitleCulture}] {hit.Title} | {string.Join(',', hit.Municipalities)} | {hit.DistanceKm?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {hit.Snippet}");
            }

            foreach (var (facet, counts) in result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   facet {facet}: {string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))}");
            }
        }

        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"   results of the query mix written to {path}");
    }
}
