using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Chatbot.Testing;

/// <summary>
/// Prepares an OpenAPI description for Prism. Prism 5 reads a repeated form key ("MediaUrl=a&amp;MediaUrl=b") as an
/// array only when the body declares an encoding, although OpenAPI's default for form bodies is already
/// style=form, explode=true. Writing that default out for every array property lets Prism check Twilio's
/// MediaUrl as the array Twilio expects; nothing else in the description changes.
/// </summary>
public static class PrismSpec
{
    private const string FormMediaType = "application/x-www-form-urlencoded";

    /// <summary>Writes the prepared copy to a temporary file and returns its path (the caller deletes it).</summary>
    public static string WriteWithExplicitFormEncodings(string specPath)
    {
        JObject spec;
        using (var reader = new JsonTextReader(File.OpenText(specPath)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal })
            spec = JObject.Load(reader);

        foreach (var form in spec.SelectTokens("$.paths.*.*.requestBody.content").OfType<JObject>().Select(c => c[FormMediaType]).OfType<JObject>())
        {
            if (form["schema"]?["properties"] is not JObject properties) continue;
            var encoding = form["encoding"] as JObject ?? new JObject();
            foreach (var property in properties.Properties().Where(p => (string?)p.Value["type"] == "array" && encoding[p.Name] is null))
                encoding[property.Name] = new JObject { ["style"] = "form", ["explode"] = true };
            if (encoding.HasValues) form["encoding"] = encoding;
        }

        var path = Path.Combine(Path.GetTempPath(), $"chatbot-prism-{Guid.NewGuid():N}-{Path.GetFileName(specPath)}");
        File.WriteAllText(path, spec.ToString(Formatting.None));
        return path;
    }
}
