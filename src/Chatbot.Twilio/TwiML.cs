using System.Text;
using Microsoft.AspNetCore.Http;

namespace Chatbot.Twilio;

/// <summary>TwiML answers to webhooks. The bot replies through the REST API, so a webhook only ever acknowledges.</summary>
public static class TwiML
{
    public const string ContentType = "text/xml";

    /// <summary>"Received, nothing to say now."</summary>
    public const string EmptyResponse = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    /// <summary>The empty response as a minimal-API result (200, text/xml; charset=utf-8).</summary>
    public static IResult Empty() => Results.Text(EmptyResponse, ContentType, Encoding.UTF8);
}
