using IntegrationsNetz.Core.ChangeLog;
using System.Xml.Linq;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.ContentFiles;

/// <summary>Maps each item type to its file format and back. One root element per file, keyed by GUID.</summary>
internal static class SyncSerializer
{
    public static XElement Write(District d) =>
        Root(SyncItemTypes.District, d.Id, d.Slug, new XElement("Name", d.Name), SyncXml.Optional("OfficialKey", d.OfficialKey));

    public static XElement Write(Provider p) =>
        Root(SyncItemTypes.Provider, p.Id, p.Slug, new XElement("Name", p.Name),
            SyncXml.Optional("Email", p.Email), SyncXml.Optional("Website", p.Website));

    public static XElement Write(Municipality m) =>
        Root(SyncItemTypes.Municipality, m.Id, m.Slug,
            new XElement("Name", m.Name),
            new XElement("OfficialKey", m.OfficialKey),
            SyncXml.Optional("District", m.DistrictId?.ToString()),
            new XElement("Postcodes", m.Postcodes.Order(StringComparer.Ordinal).Select(p => new XElement("Postcode", p))),
            new XElement("Latitude", SyncXml.Number(m.Latitude)),
            new XElement("Longitude", SyncXml.Number(m.Longitude)));

    public static XElement Write(Cooperation c) =>
        Root(SyncItemTypes.Cooperation, c.Id, c.Slug,
            new XElement("Name", c.Name),
            SyncXml.Optional("Description", c.Description),
            SyncXml.KeyList("Municipalities", "Municipality", c.Municipalities.Select(m => m.Id)),
            SyncXml.KeyList("Providers", "Provider", c.Providers.Select(p => p.Id)));

    public static XElement Write(Team t) =>
        Root(SyncItemTypes.Team, t.Id, t.Slug,
            new XElement("Name", t.Name),
            new XElement("Kind", t.Kind.ToString()),
            SyncXml.Optional("District", t.DistrictId?.ToString()),
            SyncXml.Optional("Provider", t.ProviderId?.ToString()),
            SyncXml.KeyList("Municipalities", "Municipality", t.Municipalities.Select(m => m.Id)));

    public static XElement Write(Page p) =>
        Root(SyncItemTypes.Page, p.Id, p.Slug,
            SyncXml.Optional("Municipality", p.MunicipalityId?.ToString()),
            SyncXml.Optional("Parent", p.ParentId?.ToString()),
            new XElement("SortOrder", p.SortOrder),
            new XElement("Variants", p.Variants
                .OrderBy(v => PortalCulture.Order(v.Culture))
                .Select(WriteVariant)));

    public static XElement Write(Tombstone t) =>
        new("Tombstone",
            new XAttribute("Key", t.Id),
            new XAttribute("Type", t.ItemType),
            new XAttribute("Alias", t.Alias),
            new XAttribute("DeletedAt", SyncXml.Date(t.DeletedAt)));

    private static XElement WriteVariant(PageVariant v)
    {
        var element = new XElement("Variant", new XAttribute("Culture", v.Culture));
        if (v.SourceFingerprint is not null)
        {
            element.Add(new XAttribute("TranslatedFrom", v.SourceFingerprint));
        }

        element.Add(new XElement("Title", v.Title), new XElement("Body", v.Body));
        if (v.IsPublished)
        {
            var published = new XElement("Published", new XAttribute("At", SyncXml.Date(v.PublishedAt!.Value)));
            if (v.PublishedTitle != v.Title || v.PublishedBody != v.Body)
            {
                published.Add(new XElement("Title", v.PublishedTitle), new XElement("Body", v.PublishedBody));
            }

            element.Add(published);
        }

        if (v.PublishAt is not null || v.UnpublishAt is not null)
        {
            element.Add(new XElement("Schedule",
                v.PublishAt is { } at ? new XAttribute("PublishAt", SyncXml.Date(at)) : null,
                v.UnpublishAt is { } until ? new XAttribute("UnpublishAt", SyncXml.Date(until)) : null));
        }

        return element;
    }

    private static XElement Root(string type, Guid key, string alias, params object?[] content) =>
        new(type, new XAttribute("Key", key), new XAttribute("Alias", alias), content);

    public static SyncItem Read(XElement root, string file)
    {
        var r = new SyncElementReader(file);
        var source = new SyncSource(file, SyncElementReader.Line(root));
        var key = r.Key(root);
        string Alias() => r.Attribute(root, "Alias");
        return root.Name.LocalName switch
        {
            SyncItemTypes.District => new DistrictItem(key, Alias(), source, r.Text(root, "Name"), r.OptionalText(root, "OfficialKey")),
            SyncItemTypes.Provider => new ProviderItem(key, Alias(), source, r.Text(root, "Name"), r.OptionalText(root, "Email"), r.OptionalText(root, "Website")),
            SyncItemTypes.Municipality => new MunicipalityItem(
                key, Alias(), source, r.Text(root, "Name"), r.Text(root, "OfficialKey"), r.OptionalKey(root, "District"),
                root.Element("Postcodes")?.Elements("Postcode").Select(e => e.Value.Trim()).ToList() ?? [],
                r.Number(root, "Latitude"), r.Number(root, "Longitude")),
            SyncItemTypes.Cooperation => new CooperationItem(
                key, Alias(), source, r.Text(root, "Name"), r.OptionalText(root, "Description"),
                r.Keys(root, "Municipalities", "Municipality"), r.Keys(root, "Providers", "Provider")),
            SyncItemTypes.Team => new TeamItem(
                key, Alias(), source, r.Text(root, "Name"), ReadKind(r, root), r.OptionalKey(root, "District"),
                r.OptionalKey(root, "Provider"), r.Keys(root, "Municipalities", "Municipality")),
            SyncItemTypes.Page => new PageItem(
                key, Alias(), source, r.OptionalKey(root, "Municipality"), r.OptionalKey(root, "Parent"),
                root.Element("SortOrder") is null ? 0 : r.Integer(root, "SortOrder"),
                r.Element(root, "Variants").Elements("Variant").Select(v => ReadVariant(r, v)).ToList()),
            SyncItemTypes.Offer => OfferSyncMapper.Read(root, r, source),
            "Tombstone" => new TombstoneItem(key, Alias(), source, ReadTombstoneType(r, root), r.OptionalDate(root, "DeletedAt") ?? DateTime.UnixEpoch),
            var other => throw r.Error(root, $"unknown item type <{other}>"),
        };
    }

    private static TeamKind ReadKind(SyncElementReader r, XElement root)
    {
        var element = r.Element(root, "Kind");
        return Enum.TryParse<TeamKind>(element.Value, ignoreCase: false, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw r.Error(element, $"<Kind> must be one of {string.Join(", ", Enum.GetNames<TeamKind>())}");
    }

    private static string ReadTombstoneType(SyncElementReader r, XElement root)
    {
        var type = r.Attribute(root, "Type");
        return SyncItemTypes.InImportOrder.Contains(type) ? type : throw r.Error(root, $"unknown item type '{type}' in tombstone");
    }

    private static PageVariantItem ReadVariant(SyncElementReader r, XElement v)
    {
        var culture = r.Attribute(v, "Culture");
        if (!PortalCulture.IsKnown(culture))
        {
            throw r.Error(v, $"unknown culture '{culture}' (known: {string.Join(", ", PortalCulture.All.Select(c => c.Key))})");
        }

        var published = v.Element("Published");
        var schedule = v.Element("Schedule");
        var title = r.Text(v, "Title");
        var body = r.Element(v, "Body").Value;
        return new PageVariantItem(
            culture,
            title,
            body,
            v.Attribute("TranslatedFrom")?.Value,
            published is null ? null : r.OptionalDate(published, "At") ?? throw r.Error(published, "attribute 'At' is missing on <Published>"),
            published is null ? null : published.Element("Title")?.Value ?? title,
            published is null ? null : published.Element("Body")?.Value ?? body,
            schedule is null ? null : r.OptionalDate(schedule, "PublishAt"),
            schedule is null ? null : r.OptionalDate(schedule, "UnpublishAt"),
            new SyncSource(r.File, SyncElementReader.Line(v)));
    }
}
