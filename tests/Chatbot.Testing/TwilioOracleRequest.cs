using Newtonsoft.Json;

namespace Chatbot.Testing;

/// <summary>
/// One question for the npm twilio package: "sign" (getExpectedTwilioSignature) or "validate" (validateRequest).
/// Parameters are given as the form's pairs; a repeated key becomes an array, as Express would hand it over.
/// </summary>
public sealed record TwilioOracleRequest(
    [property: JsonProperty("op")] string Op,
    [property: JsonProperty("authToken")] string AuthToken,
    [property: JsonProperty("url")] string Url,
    [property: JsonProperty("params")] IReadOnlyDictionary<string, object> Params,
    [property: JsonProperty("signature", NullValueHandling = NullValueHandling.Ignore)] string? Signature = null)
{
    public static TwilioOracleRequest Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form) =>
        new("sign", authToken, url, Group(form));

    public static TwilioOracleRequest Validate(string authToken, string signature, string url, IEnumerable<KeyValuePair<string, string>> form) =>
        new("validate", authToken, url, Group(form), signature);

    private static Dictionary<string, object> Group(IEnumerable<KeyValuePair<string, string>> form) =>
        form.GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count() == 1 ? (object)g.First().Value : g.Select(p => p.Value).ToArray(), StringComparer.Ordinal);
}
