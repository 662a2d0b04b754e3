using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Chatbot.Twilio;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Api;

/// <summary>
/// Shows a citizen's photo or PDF in the console: the provider's media URLs need the account's credentials, which never
/// reach the browser. Never an open proxy: only URLs on the provider API's own origin (Twilio:ApiBaseUrl: scheme, host
/// and port) are fetched, with the credentials; a redirect (the provider's CDN) is followed without them. Only images
/// (not SVG, which can carry script) and PDFs up to <see cref="MaxBytes"/> are passed on.
/// </summary>
public sealed class MediaProxy(IHttpClientFactory httpClients, IOptionsMonitor<TwilioOptions> twilio, ILogger<MediaProxy> logger)
{
    public const string HttpClientName = "chatbot-media-proxy";

    /// <summary>WhatsApp's own limit for media is 16 MB; a little room above it.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    private const int MaxRedirects = 5;

    /// <summary>True for an absolute http(s) URL without user info on the provider API's origin.</summary>
    public bool IsAllowedSource(string? url, out Uri source)
    {
        source = null!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || !IsHttp(parsed) || parsed.UserInfo.Length > 0) return false;
        if (!IsApiOrigin(parsed)) return false;
        source = parsed;
        return true;
    }

    public static bool IsAllowedContentType(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && !mediaType.Contains("svg", StringComparison.OrdinalIgnoreCase)));

    public async Task<MediaFetch> FetchAsync(Uri source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var http = httpClients.CreateClient(HttpClientName);
        var url = source;
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (IsApiOrigin(url)) request.Headers.Authorization = Credentials();
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    if (!IsHttp(url)) return MediaFetch.Failed(StatusCodes.Status502BadGateway);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotFound) return MediaFetch.Failed(StatusCodes.Status404NotFound);
                if (!response.IsSuccessStatusCode) return MediaFetch.Failed(StatusCodes.Status502BadGateway);
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (!IsAllowedContentType(mediaType)) return MediaFetch.Failed(StatusCodes.Status415UnsupportedMediaType);
                if (response.Content.Headers.ContentLength > MaxBytes) return MediaFetch.Failed(StatusCodes.Status413PayloadTooLarge);

                await using var body = await response.Content.ReadAsStreamAsync(ct);
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(chunk, ct)) > 0)
                {
                    if (buffer.Length + read > MaxBytes) return MediaFetch.Failed(StatusCodes.Status413PayloadTooLarge);
                    buffer.Write(chunk, 0, read);
                }

                return new MediaFetch(StatusCodes.Status200OK, buffer.ToArray(), mediaType!.ToLowerInvariant());
            }

            return MediaFetch.Failed(StatusCodes.Status502BadGateway);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogWarning("Media could not be fetched: {Error}", e.GetType().Name);
            return MediaFetch.Failed(StatusCodes.Status502BadGateway);
        }
    }

    private AuthenticationHeaderValue Credentials()
    {
        var options = twilio.CurrentValue;
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.AccountSid + ":" + options.AuthToken)));
    }

    private bool IsApiOrigin(Uri url) =>
        Uri.TryCreate(twilio.CurrentValue.ApiBaseUrl, UriKind.Absolute, out var api)
        && Uri.Compare(url, api, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsHttp(Uri url) => url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp;

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}

/// <summary>The media's bytes and type, or the status to answer with.</summary>
public sealed record MediaFetch(int Status, byte[]? Content, string? ContentType)
{
    public static MediaFetch Failed(int status) => new(status, null, null);
}
