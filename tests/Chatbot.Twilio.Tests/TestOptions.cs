using Chatbot.Twilio;
using Microsoft.Extensions.Options;

namespace Chatbot.Twilio.Tests;

/// <summary>Valid-looking Twilio settings for tests (Prism checks the AccountSid pattern).</summary>
internal static class TestOptions
{
    public const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string AuthToken = "0123456789abcdef0123456789abcdef";

    public static TwilioOptions Create(string apiBaseUrl = TwilioOptions.DefaultApiBaseUrl, string? publicBaseUrl = null, int timeoutSeconds = 15) => new()
    {
        AccountSid = AccountSid,
        AuthToken = AuthToken,
        WhatsAppFrom = "whatsapp:+14155238886",
        ApiBaseUrl = apiBaseUrl,
        PublicBaseUrl = publicBaseUrl,
        RequestTimeoutSeconds = timeoutSeconds,
    };

    public static IOptions<TwilioOptions> Wrap(TwilioOptions options) => Options.Create(options);
}
