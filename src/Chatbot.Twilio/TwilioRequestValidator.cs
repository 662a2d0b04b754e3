using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Chatbot.Twilio;

/// <summary>
/// Checks that an ASP.NET request is a genuine Twilio webhook: rebuilds the URL Twilio signed, reads the form and
/// validates X-Twilio-Signature (HMAC-SHA1 with the auth token, or the Webhooks Rule's SharedKey and the algorithm
/// X-Twilio-Webhooks-Signature-Settings names, see <see cref="TwilioSignatureSettings"/>). Behind a proxy, Twilio signed the public URL, so <see cref="TwilioOptions.PublicBaseUrl"/>
/// replaces the scheme, host and port the app sees (path and query are kept as received).
/// </summary>
public sealed class TwilioRequestValidator(IOptions<TwilioOptions> options)
{
    public async Task<TwilioRequestValidation> ValidateAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var url = SignedUrl(request, settings.PublicBaseUrl);
        var signature = request.Headers[TwilioHeaders.Signature].ToString();
        if (string.IsNullOrEmpty(signature))
            return TwilioRequestValidation.Invalid(url, $"{TwilioHeaders.Signature} header is missing");

        IFormCollection form = FormCollection.Empty;
        if (request.HasFormContentType)
        {
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            // NotSupportedException/ArgumentException: a charset .NET refuses (utf-7) or does not know; a bad body is a 4xx, never a 5xx.
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException or NotSupportedException or ArgumentException or System.Text.DecoderFallbackException)
            {
                return TwilioRequestValidation.Invalid(url, "the form could not be read: " + e.Message);
            }
        }

        var signing = TwilioSignatureSettings.Parse(request.Headers[TwilioHeaders.SignatureSettings].ToString());
        if (signing.Failure is not null)
            return TwilioRequestValidation.Invalid(url, signing.Failure, form);
        if (signing.UsesSharedKey && string.IsNullOrEmpty(settings.WebhookSharedKey))
            return TwilioRequestValidation.Invalid(url, $"signed with a Webhooks Rule's SharedKey ({signing.KeyId ?? "no key id"}), but Twilio:WebhookSharedKey is not set", form);

        var secret = signing.UsesSharedKey ? settings.WebhookSharedKey! : settings.AuthToken;
        return TwilioSignature.IsValid(signature, secret, url, Pairs(form), signing.Algorithm)
            ? TwilioRequestValidation.Valid(form, url)
            : TwilioRequestValidation.Invalid(url, "signature does not match", form);
    }

    /// <summary>The URL Twilio requested: the request's own, or the configured public base plus the path and query.</summary>
    public static string SignedUrl(HttpRequest request, string? publicBaseUrl)
    {
        var target = PathAndQuery(request);
        if (!string.IsNullOrWhiteSpace(publicBaseUrl))
            return publicBaseUrl.TrimEnd('/') + target;
        return request.Scheme + "://" + request.Host.ToUriComponent() + target;
    }

    /// <summary>The request target exactly as sent (Kestrel's raw target), so no re-encoding changes what was signed.</summary>
    private static string PathAndQuery(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw) && raw[0] == '/') return raw;
        return request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
    }

    public static IEnumerable<KeyValuePair<string, string>> Pairs(IFormCollection form) =>
        form.SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string>(field.Key, value ?? string.Empty)));
}
