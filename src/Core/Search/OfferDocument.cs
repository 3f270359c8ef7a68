using System.Text;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Offers;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>Turns a published offer into the index document: searchable text, filters, facets and what a hit shows.</summary>
public sealed class OfferDocument(MarkdownRenderer markdown)
{
    // Only the title takes phrase queries, so only the title keeps positions; a smaller index is also a faster build.
    private static readonly FieldType TextType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    // Suggestions need only the words and their document counts; opening quarters are filters: no scores, no norms.
    private static readonly FieldType WordsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    // The snippet is taken from the start of the German text; a match further on is not shown.
    private const int MaxSnippetSource = 4000;

    // A line break always ends a word, so joined values give the same words as separate ones.
    private const string ValueBreak = "\n";

    public Document Build(Offer offer)
    {
        var doc = new Document
        {
            new StringField(SearchFields.Id, offer.Id.ToString(), Field.Store.NO),
        };
        var german = offer.Text(PortalCulture.SourceKey);
        var germanPlain = string.Empty;
        var titles = new List<string>();
        var text = new StringBuilder();
        foreach (var own in offer.Texts)
        {
            var plain = markdown.ToPlainText(own.Description);
            if (ReferenceEquals(own, german))
            {
                germanPlain = plain;
            }

            doc.Add(new TextField(SearchFields.Title, own.Title, Field.Store.NO));
            titles.Add(own.Title);
            text.Append(plain).Append(ValueBreak);
        }

        doc.Add(new SortedDocValuesField(SearchFields.TitleSort, new BytesRef((german?.Title ?? offer.Slug).ToLowerInvariant())));

        // Fields without positions take their values joined into one: the same terms, frequencies and lengths, but
        // one pass through the analyzer instead of one per value (most offers have several tags).
        var head = string.Join(ValueBreak, titles.Concat(Tags(offer)));
        doc.Add(new Field(SearchFields.Head, head, TextType));
        doc.Add(new Field(SearchFields.Spelling, head, WordsType));
        // The places an offer serves are words of the text, so "Bürgeramt Weinheim" needs no municipality filter.
        foreach (var municipality in offer.Municipalities)
        {
            text.Append(municipality.Name).Append(ValueBreak);
        }

        doc.Add(new Field(SearchFields.Text, text.Append(head).ToString(), TextType));

        Facet(doc, SearchFields.Kind, offer.Kind.ToString());
        var display = new HitDisplay(
            offer.Id,
            offer.Kind,
            offer.Slug,
            string.Join(',', offer.Municipalities.Select(m => m.Slug).Order(StringComparer.Ordinal)),
            offer.Texts.Select(t => (t.Culture, t.Title)).ToList(),
            germanPlain.Length > MaxSnippetSource ? germanPlain[..MaxSnippetSource] : germanPlain);
        doc.Add(new BinaryDocValuesField(SearchFields.Display, display.Encode()));
        foreach (var municipality in offer.Municipalities)
        {
            Facet(doc, SearchFields.Municipality, municipality.Slug);
        }

        // Start and coordinates are only read per hit (SegmentValues), never searched: doc values, no indexed terms.
        if (offer is { Latitude: { } lat, Longitude: { } lon })
        {
            doc.Add(new DoubleDocValuesField(SearchFields.Latitude, lat));
            doc.Add(new DoubleDocValuesField(SearchFields.Longitude, lon));
        }

        switch (offer)
        {
            case LanguageCourse course:
                AddCourse(doc, course);
                break;
            case Internship internship:
                AddStart(doc, internship.StartsOn);
                doc.Add(new StringField(SearchFields.FreePlaces, internship.Places is 0 ? SearchFields.No : SearchFields.Yes, Field.Store.NO));
                break;
            case Authority authority when !authority.TemporarilyClosed:
                // One field with all quarters (split at spaces, see SearchIndex) instead of ~100 fields per authority.
                doc.Add(new Field(SearchFields.OpenQuarter, string.Join(' ', OpenQuarters(authority)), WordsType));
                break;
        }

        return doc;
    }

    /// <summary>The 15-minute steps of the week an authority is open, e.g. "1-0815" for Monday 08:15.</summary>
    public static string Quarter(DayOfWeek day, TimeOnly time) => $"{(int)day}-{time.Hour:00}{time.Minute / 15 * 15:00}";

    public static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    private static void AddCourse(Document doc, LanguageCourse course)
    {
        Facet(doc, SearchFields.CourseType, course.CourseType.ToString());
        Facet(doc, SearchFields.Format, course.Format.ToString());
        Facet(doc, SearchFields.Childcare, course.Childcare ? SearchFields.Yes : SearchFields.No);
        Facet(doc, SearchFields.WomenOnly, course.WomenOnly ? SearchFields.Yes : SearchFields.No);
        Facet(doc, SearchFields.Cost, course.Cost.ToString());
        if (course.LevelFrom is { } from)
        {
            for (var level = from; level <= (course.LevelTo ?? from); level++)
            {
                Facet(doc, SearchFields.Level, level.ToString());
            }
        }

        AddStart(doc, course.RollingEntry ? null : course.StartsOn);
        doc.Add(new StringField(SearchFields.FreePlaces, course.FreePlaces is 0 ? SearchFields.No : SearchFields.Yes, Field.Store.NO));
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddStart(Document doc, DateOnly? start)
    {
        // Rolling entry or no date counts as "starts any time": the smallest key, so "starts before" always matches.
        var key = start is { } date ? DateKey(date) : 0;
        doc.Add(new NumericDocValuesField(SearchFields.Start, key));
    }

    private static void Facet(Document doc, string field, string value)
    {
        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static IEnumerable<string> Tags(Offer offer)
    {
        foreach (var tag in offer.Tags)
        {
            yield return tag;
        }

        yield return OfferLabels.Of(offer.Kind);
        if (offer.ProviderName is { } provider)
        {
            yield return provider;
        }

        switch (offer)
        {
            case LanguageCourse c:
                yield return OfferLabels.Of(c.CourseType);

                // Every course type is a German course: whoever types "Deutschkurs" or "Sprachkurs" means all of
                // them, Sprachcafé and Alphabetisierungskurs included, not only the offers that use the word.
                yield return "Deutschkurs";
                yield return "Sprachkurs";
                if (c.Childcare)
                {
                    yield return "Kinderbetreuung";
                }

                break;
            case Internship i:
                yield return OfferLabels.Of(i.InternshipType);
                if (i.OccupationalField is { } field)
                {
                    yield return field;
                }

                if (i.Employer is { } employer)
                {
                    yield return employer;
                }

                break;
            case VolunteerCircle v:
                foreach (var activity in v.Activities)
                {
                    yield return activity;
                }

                break;
            case Authority a:
                yield return OfferLabels.Of(a.AuthorityType);
                break;
        }
    }

    private static IEnumerable<string> OpenQuarters(Authority authority)
    {
        foreach (var text in authority.OpeningHours)
        {
            if (!OpeningSlot.TryParse(text, out var slot))
            {
                continue;
            }

            for (var time = slot.From; time < slot.To; time = time.AddMinutes(15))
            {
                yield return Quarter(slot.Day, time);
                if (time.AddMinutes(15) < time)
                {
                    break;
                }
            }
        }
    }
}
