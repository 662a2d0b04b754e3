using System.Net;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Microsoft.Extensions.Options;

namespace Chatbot.Twilio;

/// <summary>
/// Finds a media item's real content type and size: HEAD, or a one-byte ranged GET when HEAD is refused. Redirects
/// are followed here, not by the handler, so that credentials go only to Twilio's own API origin: Twilio's media
/// URL redirects to a CDN that must never see the auth token. Its HttpClient's handler must not follow redirects.
/// </summary>
public sealed class TwilioMediaProbe(HttpClient http, IOptions<TwilioOptions> options) : IMediaProbe
{
    private const int MaxRedirects = 5;
    private readonly TwilioOptions _options = options.Value;

    public async Task<MediaRef?> ProbeAsync(MediaRef media, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(media.Url, UriKind.Absolute, out var url)) return null;
        try
        {
            var found = await ProbeAsync(url, HttpMethod.Head, cancellationToken)
                        ?? await ProbeAsync(url, HttpMethod.Get, cancellationToken);
            return found is null ? null : media with { ContentType = found.Value.ContentType ?? media.ContentType, SizeBytes = found.Value.Size };
        }
        catch (Exception e) when (e is HttpRequestException or IOException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    private async Task<(string? ContentType, long? Size)?> ProbeAsync(Uri url, HttpMethod method, CancellationToken cancellationToken)
    {
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var request = new HttpRequestMessage(method, url);
            if (method == HttpMethod.Get) request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 0);
            if (IsApiOrigin(url)) request.Headers.Authorization = TwilioBasicAuth.Header(_options);

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }

            if (!response.IsSuccessStatusCode) return null;
            var headers = response.Content.Headers;
            // A ranged answer (206) tells the full size in Content-Range; Content-Length is then the range's.
            var size = response.StatusCode == HttpStatusCode.PartialContent ? headers.ContentRange?.Length : headers.ContentLength;
            return (headers.ContentType?.MediaType, size);
        }

        return null;
    }

    /// <summary>Same scheme, host and port as Twilio:ApiBaseUrl: the only origin trusted with the credentials.</summary>
    private bool IsApiOrigin(Uri url) =>
        Uri.TryCreate(_options.ApiBaseUrl, UriKind.Absolute, out var api)
        && Uri.Compare(url, api, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
