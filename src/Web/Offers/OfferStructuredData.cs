using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationsNetz.Core.Offers;

namespace IntegrationsNetz.Web.Offers;

/// <summary>schema.org JSON-LD for an offer, so search engines and apps understand courses, offices and internships.</summary>
public static class OfferStructuredData
{
    private static readonly string[] SchemaDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string Write(Offer offer, string title, string description, string url)
    {
        var node = offer switch
        {
            LanguageCourse c => Course(c, title, description, url),
            Authority a => Office(a, title, description, url),
            Internship i => new JsonObject
            {
                ["@type"] = "JobPosting",
                ["title"] = title,
                ["description"] = description,
                ["employmentType"] = "INTERN",
                ["datePosted"] = offer.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["hiringOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = i.Employer ?? offer.ProviderName ?? title },
                ["jobLocation"] = new JsonObject { ["@type"] = "Place", ["address"] = Address(offer) },
            },
            _ => new JsonObject { ["@type"] = "Organization", ["name"] = title, ["description"] = description, ["address"] = Address(offer) },
        };
        node["@context"] = "https://schema.org";
        node["url"] = url;
        if (offer.ContactEmail is { } email)
        {
            node["email"] = email;
        }

        // The default encoder escapes "<", so the JSON cannot close the script element it sits in.
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonObject Course(LanguageCourse c, string title, string description, string url)
    {
        var instance = new JsonObject
        {
            ["@type"] = "CourseInstance",
            ["courseMode"] = c.Format switch { CourseFormat.Online => "online", CourseFormat.Hybrid => "blended", _ => "onsite" },
            ["location"] = new JsonObject { ["@type"] = "Place", ["address"] = Address(c) },
        };
        if (c.StartsOn is { } start)
        {
            instance["startDate"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (c.EndsOn is { } end)
        {
            instance["endDate"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var course = new JsonObject
        {
            ["@type"] = "Course",
            ["name"] = title,
            ["description"] = description,
            ["inLanguage"] = "de",
            ["provider"] = new JsonObject { ["@type"] = "Organization", ["name"] = c.ProviderName ?? title },
            ["hasCourseInstance"] = new JsonArray(instance),
        };
        if (c.LevelFrom is { } from)
        {
            course["educationalLevel"] = c.LevelTo is { } to && to != from ? $"{from}–{to}" : from.ToString();
        }

        course["isAccessibleForFree"] = c.Cost != CourseCost.Fee;
        return course;
    }

    private static JsonObject Office(Authority a, string title, string description, string url)
    {
        var office = new JsonObject
        {
            ["@type"] = "GovernmentOffice",
            ["name"] = title,
            ["description"] = description,
            ["address"] = Address(a),
        };
        if (a.ContactPhone is { } phone)
        {
            office["telephone"] = phone;
        }

        var hours = new JsonArray();
        foreach (var text in a.OpeningHours)
        {
            if (OpeningSlot.TryParse(text, out var slot))
            {
                hours.Add(new JsonObject
                {
                    ["@type"] = "OpeningHoursSpecification",
                    ["dayOfWeek"] = SchemaDays[(int)slot.Day],
                    ["opens"] = slot.From.ToString("HH:mm", CultureInfo.InvariantCulture),
                    ["closes"] = slot.To.ToString("HH:mm", CultureInfo.InvariantCulture),
                });
            }
        }

        if (hours.Count > 0)
        {
            office["openingHoursSpecification"] = hours;
        }

        return office;
    }

    private static JsonObject Address(Offer offer)
    {
        var address = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = "DE" };
        if (offer.Street is { } street)
        {
            address["streetAddress"] = street;
        }

        if (offer.Postcode is { } postcode)
        {
            address["postalCode"] = postcode;
        }

        if (offer.City is { } city)
        {
            address["addressLocality"] = city;
        }

        return address;
    }
}
