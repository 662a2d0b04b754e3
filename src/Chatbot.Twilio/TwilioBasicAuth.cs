using System.Net.Http.Headers;
using System.Text;

namespace Chatbot.Twilio;

/// <summary>HTTP Basic credentials AccountSid:AuthToken, as Twilio's API and media URLs expect.</summary>
internal static class TwilioBasicAuth
{
    public static AuthenticationHeaderValue Header(TwilioOptions options) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.AccountSid + ":" + options.AuthToken)));
}
