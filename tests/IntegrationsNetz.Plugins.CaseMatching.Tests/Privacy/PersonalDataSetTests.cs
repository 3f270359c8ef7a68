using System.Globalization;
using System.Text.Json;
using IntegrationsNetz.Plugins.CaseMatching.Privacy;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Privacy;

/// <summary>
/// Precision and recall of the personal-data check over a labelled set of invented German request texts
/// (personal-data-set.json: about half with personal data, half tricky clean ones). A text counts as flagged when the
/// check finds anything in it; the figures and every miss are written to the test output.
/// </summary>
public sealed class PersonalDataSetTests(ITestOutputHelper output)
{
    private sealed record Labelled(string Text, string[] Kinds)
    {
        public bool Personal => Kinds.Length > 0;
    }

    [Fact]
    public void The_check_finds_at_least_95_percent_of_the_texts_with_personal_data_at_a_precision_of_at_least_90_percent()
    {
        var set = Load();
        var check = new PersonalDataCheck(new FixedTime(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, kindsExpected = 0, kindsFound = 0;
        var misses = new List<string>();
        foreach (var item in set)
        {
            var findings = check.Find(item.Text);
            var kinds = findings.Select(f => f.Kind.ToString()).ToHashSet();
            kindsExpected += item.Kinds.Length;
            kindsFound += item.Kinds.Count(kinds.Contains);
            switch (item.Personal, findings.Count > 0)
            {
                case (true, true):
                    truePositives++;
                    break;
                case (false, true):
                    falsePositives++;
                    misses.Add($"false alarm: {item.Text} -> {string.Join("; ", findings.Select(f => $"{f.Kind} \"{f.Text}\""))}");
                    break;
                case (true, false):
                    falseNegatives++;
                    misses.Add($"missed ({string.Join(", ", item.Kinds)}): {item.Text}");
                    break;
            }

            var missingKinds = item.Kinds.Where(k => !kinds.Contains(k)).ToList();
            if (item.Personal && findings.Count > 0 && missingKinds.Count > 0)
            {
                misses.Add($"found, other kind ({string.Join(", ", missingKinds)} expected; {string.Join(", ", kinds)} found): {item.Text}");
            }
        }

        var precision = (double)truePositives / Math.Max(1, truePositives + falsePositives);
        var recall = (double)truePositives / Math.Max(1, truePositives + falseNegatives);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"texts {set.Count} (personal {set.Count(x => x.Personal)}, clean {set.Count(x => !x.Personal)}): precision {precision:P1}, recall {recall:P1}, kinds found {kindsFound}/{kindsExpected}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"true positives {truePositives}, false positives {falsePositives}, false negatives {falseNegatives}"));
        misses.ForEach(output.WriteLine);

        Assert.True(set.Count >= 150, $"the set has {set.Count} texts");
        Assert.True(recall >= 0.95 && precision >= 0.90, string.Create(CultureInfo.InvariantCulture, $"precision {precision:P1}, recall {recall:P1}"));
    }

    private static List<Labelled> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Privacy", "personal-data-set.json");
        using var file = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<Labelled>>(file, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
