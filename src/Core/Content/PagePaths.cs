namespace IntegrationsNetz.Core.Content;

public static class PagePaths
{
    /// <summary>The slugs from the root of the owner's tree down to the page, e.g. "ankommen/wohnen".</summary>
    public static string Of(Page page, IReadOnlyCollection<Page> tree)
    {
        var segments = new List<string> { page.Slug };
        for (var parent = tree.FirstOrDefault(p => p.Id == page.ParentId); parent is not null; parent = tree.FirstOrDefault(p => p.Id == parent.ParentId))
        {
            segments.Insert(0, parent.Slug);
        }

        return string.Join('/', segments);
    }

    /// <summary>Where visitors read a page: /{culture}/{municipality or "info"}/{path}.</summary>
    public static string PublicUrl(string culture, Page page, string path) =>
        $"/{culture}/{page.Municipality?.Slug ?? PageReader.PortalSegment}/{path}";
}
