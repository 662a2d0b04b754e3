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
/// permanent. Rate limiting and retries belong to the outbox sender, not here.
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
