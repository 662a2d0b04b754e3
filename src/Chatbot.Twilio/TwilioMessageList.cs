using System.Globalization;
using Chatbot.Core.Messaging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Chatbot.Twilio;

/// <summary>
/// "Read multiple Message resources" (GET …/Messages.json?To=…&amp;From=…&amp;DateSent&gt;=…): the query that finds
/// what Twilio already created for a recipient, and the page it answers ({"messages": […], "next_page_uri": …}).
/// </summary>
public static class TwilioMessageList
{
    public const string To = "To";
    public const string From = "From";

    /// <summary>"DateSent&gt;" as the parameter's name: on the wire <c>DateSent%3E=2026-04-24T10:00:00Z</c>, the format Twilio's npm package sends.</summary>
    public const string DateSentAfter = "DateSent>";

    public const string PageSize = "PageSize";

    /// <summary>Twilio's answer to an unknown recipient is an empty page; a page holds at most this many.</summary>
    public const int MessagesPerPage = 50;

    /// <summary>Our clock and Twilio's may differ a little: the search starts this much before the first attempt.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static IReadOnlyList<KeyValuePair<string, string>> Query(OutboundMessage message, DateTimeOffset since, TwilioOptions options)
    {
        TwilioAddress.TryE164(message.ConversationId, out var to);
        return
        [
            new(To, TwilioAddress.ToWhatsApp(to)),
            new(From, options.WhatsAppFrom),
            new(DateSentAfter, (since - ClockSkew).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new(PageSize, MessagesPerPage.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    /// <summary>The query string of <see cref="Query"/>, percent-encoded ("DateSent&gt;" becomes "DateSent%3E").</summary>
    public static string QueryString(IEnumerable<KeyValuePair<string, string>> query) =>
        string.Join('&', query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));

    /// <summary>One page: its messages and the path of the next page (relative to the API's base URL), or null when none.</summary>
    public static (IReadOnlyList<ListedMessage> Messages, string? NextPageUri)? ReadPage(string body)
    {
        try
        {
            if (JToken.Parse(body) is not JObject json || json["messages"] is not JArray messages) return null;
            var listed = messages.OfType<JObject>()
                .Select(m => new ListedMessage(
                    m.Value<string>("sid") ?? string.Empty,
                    m.Value<string>("to"),
                    m.Value<string>("from"),
                    m.Value<string>("body"),
                    int.TryParse(m.Value<string>("num_media"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var media) ? media : 0,
                    m.Value<string>("direction"),
                    ReadDate(m["date_created"])))
                .Where(m => m.Sid.Length > 0)
                .ToList();
            return (listed, json.Value<string>("next_page_uri") is { Length: > 0 } next ? next : null);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidCastException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether a listed message is <paramref name="message"/> as we would have sent it: outbound, to the same citizen
    /// from our sender, with the same text and as many media items. A template's text is Twilio's to render, so a
    /// template matches any outbound message to the citizen created since the first attempt (the messages of one
    /// conversation are sent one at a time, in order: nothing else of ours can have been created for it since).
    /// </summary>
    public static bool Matches(ListedMessage listed, OutboundMessage message, DateTimeOffset since, TwilioOptions options)
    {
        TwilioAddress.TryE164(message.ConversationId, out var to);
        if (listed.Direction is not { } direction || !direction.StartsWith("outbound", StringComparison.Ordinal)) return false;
        if (!string.Equals(listed.To, TwilioAddress.ToWhatsApp(to), StringComparison.Ordinal)) return false;
        if (listed.From is not null && !string.Equals(listed.From, options.WhatsAppFrom, StringComparison.Ordinal)) return false;
        if (message.Template is not null) return listed.CreatedAt is not { } created || created >= since;
        return string.Equals(listed.Body ?? string.Empty, message.Text ?? string.Empty, StringComparison.Ordinal)
               && listed.NumMedia == message.MediaUrls.Count;
    }

    /// <summary>Twilio's dates are RFC 2822 ("Fri, 24 May 2019 17:44:46 +0000").</summary>
    private static DateTimeOffset? ReadDate(JToken? token) =>
        token?.Type == JTokenType.Date ? new DateTimeOffset(token.Value<DateTime>(), TimeSpan.Zero)
        : token?.Value<string>() is { Length: > 0 } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : null;
}

/// <summary>The part of a listed Message resource that tells whether it is one of ours.</summary>
public sealed record ListedMessage(string Sid, string? To, string? From, string? Body, int NumMedia, string? Direction, DateTimeOffset? CreatedAt);
