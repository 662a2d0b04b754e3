using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Chatbot.Twilio;

/// <summary>Checks <see cref="TwilioOptions"/> at start; every message names the option to set and where.</summary>
public sealed partial class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.AccountSid))
            failures.Add(Missing(nameof(TwilioOptions.AccountSid)));
        else if (!AccountSidPattern().IsMatch(options.AccountSid))
            failures.Add("Twilio:AccountSid must be \"AC\" followed by 32 hexadecimal digits (see the Twilio console).");

        if (string.IsNullOrWhiteSpace(options.AuthToken))
            failures.Add(Missing(nameof(TwilioOptions.AuthToken)));

        if (string.IsNullOrWhiteSpace(options.WhatsAppFrom))
            failures.Add(Missing(nameof(TwilioOptions.WhatsAppFrom)) + " (e.g. whatsapp:+14155238886)");
        else if (!TwilioAddress.IsWhatsAppAddress(options.WhatsAppFrom))
            failures.Add("Twilio:WhatsAppFrom must look like \"whatsapp:+14155238886\".");

        if (!IsAbsoluteHttpUrl(options.ApiBaseUrl))
            failures.Add("Twilio:ApiBaseUrl must be an absolute http(s) URL (default https://api.twilio.com).");

        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl) && !IsAbsoluteHttpUrl(options.PublicBaseUrl))
            failures.Add("Twilio:PublicBaseUrl must be the absolute https URL Twilio calls (e.g. https://adminduk.example.go.id), or be left empty.");

        if (options.MaxMessagesPerSecond < 1)
            failures.Add("Twilio:MaxMessagesPerSecond must be at least 1 (default 80).");

        if (options.RequestTimeoutSeconds is < 1 or > 300)
            failures.Add("Twilio:RequestTimeoutSeconds must be between 1 and 300 (default 15).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Missing(string option) =>
        $"Twilio:{option} is missing: set it in the environment (Twilio__{option}) or user secrets";

    private static bool IsAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();
}
