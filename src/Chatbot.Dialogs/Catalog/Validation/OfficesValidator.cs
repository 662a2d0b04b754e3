namespace Chatbot.Dialogs.Catalog;

/// <summary>Checks dialogs/offices.json: unique ids, every language of the pickup hours, kecamatan names and aliases that do not collide.</summary>
internal static class OfficesValidator
{
    public static void Check(LoadContext context, OfficeCatalogFile catalog, string file)
    {
        if (catalog.Offices.Count == 0) context.Errors.Add(file, "$.offices", "at least one office is needed");
        var officeIds = new HashSet<string>(StringComparer.Ordinal);
        var kecamatanIds = new HashSet<string>(StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < catalog.Offices.Count; i++)
        {
            var office = catalog.Offices[i];
            var at = JsonPaths.Index("$.offices", i);
            if (!ServicesValidator.IdRegex().IsMatch(office.Id)) context.Errors.Add(file, at + ".id", $"invalid id '{office.Id}' (lower-case letters, digits and '-')");
            else if (!officeIds.Add(office.Id)) context.Errors.Add(file, at + ".id", $"duplicate office id '{office.Id}'");
            if (string.IsNullOrWhiteSpace(office.Name)) context.Errors.Add(file, at + ".name", "the name is empty");
            if (string.IsNullOrWhiteSpace(office.Address)) context.Errors.Add(file, at + ".address", "the address is empty");
            foreach (var language in context.Texts.Languages.Where(l => !office.PickupHours.TryGetValue(l, out var h) || string.IsNullOrWhiteSpace(h)).Order(StringComparer.Ordinal))
            {
                context.Errors.Add(file, at + ".pickupHours", $"missing the pickup hours in '{language}'");
            }

            foreach (var language in office.PickupHours.Keys.Where(l => !context.Texts.HasLanguage(l)))
            {
                context.Errors.Add(file, JsonPaths.Property(at + ".pickupHours", language), $"no texts/{language}.json for the language '{language}'");
            }

            if (office.Kecamatan.Count == 0) context.Errors.Add(file, at + ".kecamatan", "at least one kecamatan is needed");
            for (var k = 0; k < office.Kecamatan.Count; k++)
            {
                var kecamatan = office.Kecamatan[k];
                var kAt = JsonPaths.Index(at + ".kecamatan", k);
                if (!ServicesValidator.IdRegex().IsMatch(kecamatan.Id)) context.Errors.Add(file, kAt + ".id", $"invalid id '{kecamatan.Id}' (lower-case letters, digits and '-')");
                else if (!kecamatanIds.Add(kecamatan.Id)) context.Errors.Add(file, kAt + ".id", $"duplicate kecamatan id '{kecamatan.Id}'");
                if (string.IsNullOrWhiteSpace(kecamatan.Name)) context.Errors.Add(file, kAt + ".name", "the name is empty");
                Claim(context, file, kAt + ".name", kecamatan.Name, kecamatan.Id, words);
                for (var a = 0; a < kecamatan.Aliases.Count; a++)
                {
                    Claim(context, file, JsonPaths.Index(kAt + ".aliases", a), kecamatan.Aliases[a], kecamatan.Id, words);
                }
            }
        }
    }

    private static void Claim(LoadContext context, string file, string path, string word, string id, Dictionary<string, string> words)
    {
        var normal = KecamatanMatcher.Key(word);
        if (normal.Length == 0)
        {
            context.Errors.Add(file, path, "the word is empty");
            return;
        }

        if (normal.All(char.IsAsciiDigit))
        {
            context.Errors.Add(file, path, "cannot be a number (numbers pick list lines)");
            return;
        }

        if (words.TryGetValue(normal, out var owner) && owner != id)
        {
            context.Errors.Add(file, path, $"'{word}' already means kecamatan '{owner}'");
            return;
        }

        words[normal] = id;
    }
}
