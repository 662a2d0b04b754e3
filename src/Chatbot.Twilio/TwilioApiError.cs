using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Chatbot.Twilio;

/// <summary>Twilio's REST error body: {"code": 21211, "message": "…", "more_info": "https://…/21211", "status": 400}.</summary>
public sealed record TwilioApiError(int? Code, string Message, string? MoreInfo, int Status)
{
    /// <summary>Reads the body; anything that is not Twilio's JSON still gives an error with the HTTP status and a snippet.</summary>
    public static TwilioApiError Parse(string? body, int httpStatus)
    {
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                if (JToken.Parse(body) is JObject json)
                {
                    return new TwilioApiError(
                        ReadInt(json["code"]),
                        json.Value<string>("message") is { Length: > 0 } message ? message : Snippet(body, httpStatus),
                        json.Value<string>("more_info"),
                        ReadInt(json["status"]) ?? httpStatus);
                }
            }
            catch (JsonException)
            {
                // Not Twilio's JSON (a proxy's HTML page, say): fall through.
            }
        }

        return new TwilioApiError(null, Snippet(body, httpStatus), null, httpStatus);
    }

    /// <summary>Not Twilio's shape: the status and the start of the body, so the log still says what went wrong.</summary>
    private static string Snippet(string? body, int httpStatus)
    {
        var snippet = body is null ? string.Empty : body.Length > 500 ? body[..500] : body;
        return $"HTTP {httpStatus} {snippet}".TrimEnd();
    }

    public override string ToString() => Code is { } code ? $"Twilio error {code}: {Message}" : Message;

    private static int? ReadInt(JToken? token) => token?.Type switch
    {
        JTokenType.Integer => token.Value<int>(),
        JTokenType.String when int.TryParse(token.Value<string>(), out var value) => value,
        _ => null,
    };
}
