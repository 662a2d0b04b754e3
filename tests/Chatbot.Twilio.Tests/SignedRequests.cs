using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Chatbot.Twilio.Tests;

/// <summary>Builds the ASP.NET request a webhook case would arrive as (as Kestrel fills it: raw target, Host, form body).</summary>
internal static class SignedRequests
{
    public static async Task<HttpRequest> BuildAsync(SignatureCase c, string signature, IEnumerable<KeyValuePair<string, string>>? form = null,
        string? signatureSettings = null)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = "POST";
        request.Scheme = c.Scheme;
        request.Host = HostString.FromUriComponent(c.HostHeader);
        var queryStart = c.RawTarget.IndexOf('?');
        request.Path = PathString.FromUriComponent(queryStart < 0 ? c.RawTarget : c.RawTarget[..queryStart]);
        request.QueryString = queryStart < 0 ? QueryString.Empty : new QueryString(c.RawTarget[queryStart..]);
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = c.RawTarget;
        request.Headers[TwilioHeaders.Signature] = signature;
        if (signatureSettings is not null) request.Headers[TwilioHeaders.SignatureSettings] = signatureSettings;

        var body = await new FormUrlEncodedContent(form ?? c.Form).ReadAsByteArrayAsync();
        request.ContentType = "application/x-www-form-urlencoded";
        request.ContentLength = body.Length;
        request.Body = new MemoryStream(body);
        return request;
    }

    /// <summary>Our validator configured as the case's server: its auth token, public base URL and Webhooks Rule key.</summary>
    public static TwilioRequestValidator Validator(SignatureCase c, string? webhookSharedKey = null)
    {
        var options = TestOptions.Create(publicBaseUrl: c.PublicBaseUrl);
        options.AuthToken = c.AuthToken;
        options.WebhookSharedKey = webhookSharedKey;
        return new TwilioRequestValidator(TestOptions.Wrap(options));
    }
}
