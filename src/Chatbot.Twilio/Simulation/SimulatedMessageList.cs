using System.Globalization;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace Chatbot.Twilio.Simulation;

/// <summary>
/// The simulator's answer to GET Messages.json: the filters the sender uses after a crash (To, From, DateSent&gt;)
/// read from the query, and a page of Message resources in Twilio's shape, newest first, without further pages.
/// </summary>
public static class SimulatedMessageList
{
    public sealed record Filter(string? ToPhone, DateTimeOffset? SentAfter);

    public sealed record Listed(string Sid, string Phone, string? Body, int NumMedia, DateTimeOffset CreatedAt);

    public static Filter Read(IQueryCollection query)
    {
        string? phone = TwilioAddress.TryE164(query[TwilioMessageList.To].ToString(), out var e164) ? e164 : null;
        DateTimeOffset? after = DateTimeOffset.TryParse(query[TwilioMessageList.DateSentAfter].ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
        return new Filter(phone, after);
    }

    public static string ToJson(IEnumerable<Listed> messages, string from) => new JObject
    {
        ["messages"] = new JArray(messages.OrderByDescending(m => m.CreatedAt).Select(m => new JObject
        {
            ["sid"] = m.Sid,
            ["to"] = TwilioAddress.ToWhatsApp(m.Phone),
            ["from"] = from,
            ["body"] = m.Body ?? string.Empty,
            ["num_media"] = m.NumMedia.ToString(CultureInfo.InvariantCulture),
            ["direction"] = "outbound-api",
            ["date_created"] = m.CreatedAt.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture),
        })),
        ["next_page_uri"] = null,
        ["page_size"] = TwilioMessageList.MessagesPerPage,
    }.ToString(Newtonsoft.Json.Formatting.None);
}
