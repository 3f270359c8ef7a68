using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Offers;

public sealed class CsvImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Header = "Art;Adresse;Status;Titel;Beschreibung;Gemeinden;Kursart;Niveau von;Niveau bis;Beginn;Ende;Wochentage;Uhrzeit von;Uhrzeit bis;Kinderbetreuung;Kosten;Plätze;Amtsart;Öffnungszeiten";

    [Fact]
    public async Task A_valid_file_imports_every_row_and_the_search_finds_them()
    {
        var csv = Header + "\n"
            + "Sprachkurs;csv-kurs-kranich;veröffentlicht;Abendkurs Kranich;\"Zweimal pro Woche; mit Pause.\";oftersheim,plankstadt;Integrationskurs (allgemein);A1;B1;11.01.2027;30.06.2027;Mo, Mi;18:00;20:30;nein;gefördert (BAMF);18;;\n"
            + "Amt und Beratungsstelle;csv-amt-reiher;veröffentlicht;Sozialamt Reiher;;oftersheim;;;;;;;;;;;;Sozialamt;\"Mo 08:00-12:00, Do 14:00-18:00\"\n";

        var response = await PostAsync(csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();
        var search = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?q=Kranich");
        var id = search.GetProperty("items")[0].GetProperty("id").GetGuid();
        var offer = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/offers/{id}");
        Assert.Equal("IntegrationskursAllgemein", offer.GetProperty("courseType").GetString());
        Assert.Equal(["Monday", "Wednesday"], offer.GetProperty("weekdays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("Zweimal pro Woche; mit Pause.", offer.GetProperty("texts")[0].GetProperty("description").GetString());

        var again = await PostAsync(csv.Replace("Abendkurs Kranich", "Abendkurs Kranich Plus"));
        Assert.Equal(2, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task A_file_with_errors_imports_nothing_and_names_row_and_column()
    {
        var csv = Header + "\n"
            + "Sprachkurs;csv-gut;veröffentlicht;Guter Kurs Eisvogel;;weinheim;Sprachcafé;A1;A2;;;;;;;kostenlos;;;\n"
            + "Sprachkurs;csv-niveau;veröffentlicht;Kurs Rotkehlchen;;weinheim;Sprachcafé;B1;A1;;;;;;;kostenlos;;;\n"
            + "Zirkus;csv-art;veröffentlicht;Zirkus Amsel;;weinheim;;;;;;;;;;;;;\n"
            + "Sprachkurs;csv-ende;veröffentlicht;Kurs Meise;;atlantis;Sprachcafé;A1;A2;01.03.2027;01.02.2027;;;;;kostenlos;;;\n";

        var response = await PostAsync(csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Niveau bis", errors.GetProperty("zeile 3")[0].GetString());
        Assert.Contains("Art", errors.GetProperty("zeile 4")[0].GetString());
        var row5 = string.Join(" ", errors.GetProperty("zeile 5").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("atlantis", row5);
        Assert.Contains("Ende", row5);
        await factory.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();
        Assert.Equal(0, (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/search?q=Eisvogel")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_unknown_column_is_reported()
    {
        var response = await PostAsync("Art;Adresse;Titel;Gemeinden;Lieblingsfarbe\nSprachkurs;x;y;weinheim;blau\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Lieblingsfarbe", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_template_lists_every_column_with_German_headers()
    {
        var template = await factory.CreateClient().GetStringAsync("/api/v1/offers/import/template.csv");

        Assert.StartsWith("Art;Adresse;Status;Titel;Beschreibung", template.TrimStart('\uFEFF'));
        Assert.Contains("Öffnungszeiten", template);
    }

    private async Task<HttpResponseMessage> PostAsync(string csv)
    {
        await TestAccounts.EnsureAsync(factory, "verzeichnis@weinheim.example", "Coordinator", "oftersheim", "plankstadt", "weinheim");
        var client = await ApiClient.SignedInAsync(factory, "verzeichnis@weinheim.example", TestAccounts.DefaultPassword);
        return await client.PostAsync("/api/v1/offers/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
    }
}
