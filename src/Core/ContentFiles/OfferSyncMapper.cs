using System.Globalization;
using System.Reflection;
using System.Xml.Linq;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Offers;

namespace IntegrationsNetz.Core.ContentFiles;

/// <summary>
/// Offers as files. The four kinds have many plain fields, so they are written and read by one property walk
/// (declaration order, base class first) instead of four hand-written serializers that would drift apart.
/// </summary>
internal static class OfferSyncMapper
{
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        nameof(Offer.Id), nameof(Offer.Slug), nameof(Offer.Texts), nameof(Offer.Municipalities), nameof(Offer.UpdatedAt),
    };

    public static Offer Create(OfferKind kind) => kind switch
    {
        OfferKind.LanguageCourse => new LanguageCourse(),
        OfferKind.Internship => new Internship(),
        OfferKind.VolunteerCircle => new VolunteerCircle(),
        _ => new Authority(),
    };

    public static IReadOnlyList<PropertyInfo> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetSetMethod() is not null && !Structural.Contains(p.Name))
            .OrderBy(p => Depth(p.DeclaringType!)).ThenBy(p => p.MetadataToken)
            .ToList();

    public static XElement Write(Offer offer)
    {
        var root = new XElement(SyncItemTypes.Offer,
            new XAttribute("Key", offer.Id),
            new XAttribute("Alias", offer.Slug),
            new XAttribute("Kind", offer.Kind.ToString()),
            new XElement("Texts", offer.Texts
                .OrderBy(t => PortalCulture.Order(t.Culture))
                .Select(t => new XElement("Text", new XAttribute("Culture", t.Culture), new XElement("Title", t.Title), new XElement("Description", t.Description)))),
            SyncXml.KeyList("Municipalities", "Municipality", offer.Municipalities.Select(m => m.Id)));
        foreach (var property in Fields(offer.GetType()))
        {
            if (Format(property.GetValue(offer)) is { } element)
            {
                element.Name = property.Name;
                root.Add(element);
            }
        }

        return root;
    }

    public static OfferItem Read(XElement root, SyncElementReader r, SyncSource source)
    {
        var kindText = r.Attribute(root, "Kind");
        if (!Enum.TryParse<OfferKind>(kindText, out var kind) || !Enum.IsDefined(kind))
        {
            throw r.Error(root, $"unknown offer kind '{kindText}' (known: {string.Join(", ", Enum.GetNames<OfferKind>())})");
        }

        var offer = Create(kind);
        offer.Id = r.Key(root);
        offer.Slug = r.Attribute(root, "Alias");
        offer.Texts = r.Element(root, "Texts").Elements("Text").Select(t => new OfferText
        {
            Culture = r.Attribute(t, "Culture"),
            Title = r.Text(t, "Title"),
            Description = t.Element("Description")?.Value ?? string.Empty,
        }).ToList();
        var known = Fields(offer.GetType()).ToDictionary(p => p.Name);
        foreach (var element in root.Elements().Where(e => e.Name.LocalName is not ("Texts" or "Municipalities")))
        {
            if (!known.TryGetValue(element.Name.LocalName, out var property))
            {
                throw r.Error(element, $"<{element.Name}> is not a field of {kind}");
            }

            property.SetValue(offer, Parse(property.PropertyType, element, r));
        }

        return new OfferItem(offer.Id, offer.Slug, source, offer, r.Keys(root, "Municipalities", "Municipality"));
    }

    /// <summary>Copies every file-borne field; returns whether anything differed.</summary>
    public static bool CopyFields(Offer from, Offer to)
    {
        var changed = false;
        foreach (var property in Fields(from.GetType()))
        {
            var before = Format(property.GetValue(to))?.ToString();
            var after = Format(property.GetValue(from))?.ToString();
            if (before != after)
            {
                property.SetValue(to, property.GetValue(from));
                changed = true;
            }
        }

        return changed;
    }

    private static XElement? Format(object? value) => value switch
    {
        null => null,
        string s when s.Length == 0 => null,
        string s => new XElement("v", s),
        bool b => b ? new XElement("v", "true") : null,
        int i => new XElement("v", i.ToString(CultureInfo.InvariantCulture)),
        decimal d => new XElement("v", d.ToString("0.##", CultureInfo.InvariantCulture)),
        double d => new XElement("v", SyncXml.Number(d)),
        DateOnly d => new XElement("v", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TimeOnly t => new XElement("v", t.ToString("HH:mm", CultureInfo.InvariantCulture)),
        Enum e => new XElement("v", e.ToString()),
        List<string> list => list.Count == 0 ? null : new XElement("v", list.Select(x => new XElement("Item", x))),
        List<DayOfWeek> days => days.Count == 0 ? null : new XElement("v", days.Order().Select(x => new XElement("Item", x.ToString()))),
        _ => throw new NotSupportedException($"No file format for {value.GetType().Name}"),
    };

    private static object? Parse(Type type, XElement e, SyncElementReader r)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var text = e.Value.Trim();
        try
        {
            return target switch
            {
                _ when target == typeof(string) => e.Value,
                _ when target == typeof(bool) => bool.Parse(text),
                _ when target == typeof(int) => int.Parse(text, CultureInfo.InvariantCulture),
                _ when target == typeof(decimal) => decimal.Parse(text, CultureInfo.InvariantCulture),
                _ when target == typeof(double) => double.Parse(text, CultureInfo.InvariantCulture),
                _ when target == typeof(DateOnly) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ when target == typeof(TimeOnly) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture),
                _ when target.IsEnum => ParseEnum(target, text),
                _ when target == typeof(List<string>) => e.Elements("Item").Select(i => i.Value).ToList(),
                _ when target == typeof(List<DayOfWeek>) => e.Elements("Item").Select(i => (DayOfWeek)ParseEnum(typeof(DayOfWeek), i.Value)).ToList(),
                _ => throw new NotSupportedException(target.Name),
            };
        }
        catch (FormatException)
        {
            throw r.Error(e, $"<{e.Name}> has an invalid value '{text}'");
        }
        catch (OverflowException)
        {
            throw r.Error(e, $"<{e.Name}> has an invalid value '{text}'");
        }
    }

    private static object ParseEnum(Type type, string text) =>
        Enum.TryParse(type, text, ignoreCase: false, out var value) && Enum.IsDefined(type, value!)
            ? value!
            : throw new FormatException($"one of {string.Join(", ", Enum.GetNames(type))}");

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
