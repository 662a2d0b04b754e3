using System.Net;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Chatbot.Twilio;

/// <summary>
/// Twilio's Messages API (POST {ApiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json). <see cref="SendAsync"/>
/// never throws for Twilio's answers: 429, 5xx, timeouts and connection failures are transient, other refusals
/// permanent. <see cref="FindSentAsync"/> lists what Twilio created for a recipient (GET on the same path), which
/// is how a message whose 201 was lost is recognised: the Messages API has no idempotency key. Rate limiting and
/// retries belong to the outbox sender, not here.
/// </summary>
public sealed class TwilioMessagesClient(HttpClient http, IOptions<TwilioOptions> options, TimeProvider time) : IMessageSender
{
    private readonly TwilioOptions _options = options.Value;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        if (TwilioMessageForm.Problem(message) is { } problem) return new SendResult.Permanent(null, problem);
        try
        {
            var created = await CreateMessageAsync(message, cancellationToken);
            return new SendResult.Accepted(created.Sid, created.Status);
        }
        catch (TwilioApiException e) when (e.IsTransient)
        {
            return new SendResult.Transient(e.Error.ToString(), e.RetryAfter);
        }
        catch (TwilioApiException e)
        {
            return new SendResult.Permanent(e.Error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Error.ToString());
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return new SendResult.Transient("connection to Twilio failed: " + e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout surfaces as a cancellation the caller did not ask for.
            return new SendResult.Transient($"Twilio did not answer within {http.Timeout.TotalSeconds:0.#} s");
        }
    }

    public async Task<SentLookup> FindSentAsync(OutboundMessage message, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (TwilioMessageForm.Problem(message) is not null) return new SentLookup.Answered([]); // it could never have been sent
        try
        {
            var found = await ListMessagesAsync(message, since, cancellationToken);
            return new SentLookup.Answered(found.Where(m => TwilioMessageList.Matches(m, message, since, _options)).Select(m => m.Sid).ToList());
        }
        catch (TwilioApiException e)
        {
            return new SentLookup.Unavailable(e.Error.ToString(), e.RetryAfter);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return new SentLookup.Unavailable("connection to Twilio failed: " + e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SentLookup.Unavailable($"Twilio did not answer within {http.Timeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>
    /// The throwing API of the list: every message Twilio has to the message's recipient from our sender, sent since
    /// <paramref name="since"/> (less <see cref="TwilioMessageList.ClockSkew"/>), newest first, over at most a few pages.
    /// </summary>
    public async Task<IReadOnlyList<ListedMessage>> ListMessagesAsync(OutboundMessage message, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        const int maxPages = 5;
        var all = new List<ListedMessage>();
        var url = MessagesUrl() + "?" + TwilioMessageList.QueryString(TwilioMessageList.Query(message, since, _options));
        for (var page = 0; page < maxPages && url is not null; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = TwilioBasicAuth.Header(_options);
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (response.StatusCode != HttpStatusCode.OK)
                throw new TwilioApiException(TwilioApiError.Parse(body, status), TwilioRetryAfter.From(response.Headers.RetryAfter, time));
            var read = TwilioMessageList.ReadPage(body)
                ?? throw new TwilioApiException(new TwilioApiError(null, $"HTTP {status} without a list of messages", null, status));
            all.AddRange(read.Messages);
            url = NextPageUrl(read.NextPageUri);
        }

        return all;
    }

    /// <summary>The throwing API: the created message, or <see cref="TwilioApiException"/> when Twilio refuses.</summary>
    public async Task<TwilioMessageResource> CreateMessageAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        if (TwilioMessageForm.Problem(message) is { } problem) throw new ArgumentException(problem, nameof(message));

        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl())
        {
            Content = new FormUrlEncodedContent(TwilioMessageForm.Fields(message, _options)),
        };
        request.Headers.Authorization = TwilioBasicAuth.Header(_options);

        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        var retryAfter = TwilioRetryAfter.From(response.Headers.RetryAfter, time);

        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
            return ReadResource(body) ?? throw new TwilioApiException(new TwilioApiError(null, $"HTTP {status} without a message sid", null, status));

        throw new TwilioApiException(TwilioApiError.Parse(body, status), retryAfter);
    }

    /// <summary>Twilio's next_page_uri is a path on its API host; only one under our account's Messages is followed.</summary>
    private string? NextPageUrl(string? nextPageUri)
    {
        var root = $"/2010-04-01/Accounts/{Uri.EscapeDataString(_options.AccountSid)}/Messages.json?";
        return nextPageUri is not null && nextPageUri.StartsWith(root, StringComparison.Ordinal) ? _options.ApiBaseUrl.TrimEnd('/') + nextPageUri : null;
    }

    private string MessagesUrl() =>
        $"{_options.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(_options.AccountSid)}/Messages.json";

    private static TwilioMessageResource? ReadResource(string body)
    {
        try
        {
            if (JToken.Parse(body) is not JObject json || json.Value<string>("sid") is not { Length: > 0 } sid) return null;
            return new TwilioMessageResource(sid, TwilioMessageStatus.TryMap(json.Value<string>("status"), out var s) ? s : DeliveryStatus.Queued);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
