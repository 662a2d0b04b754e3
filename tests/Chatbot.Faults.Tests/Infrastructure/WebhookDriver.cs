using System.Collections.Concurrent;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>One webhook request as the driver saw it: the status (0 when no HTTP answer came), when it started and ended.</summary>
public sealed record WebhookAttempt(string Instance, int Status, DateTimeOffset Started, DateTimeOffset Ended);

/// <summary>An HTTP status, or 0 and why no answer came.</summary>
public sealed record WebhookResponse(int Status, string? Error);

/// <summary>
/// Posts webhook requests as Twilio does: the form of <see cref="SimulatedInboundWebhook"/>, signed with
/// <see cref="TwilioSignature"/> against PublicBaseUrl + path. Raw bodies for the fuzzer. Loopback only.
/// </summary>
public sealed class WebhookDriver : IDisposable
{
    private readonly HttpClient http;
    private readonly TwilioOptions account;
    private readonly ConcurrentBag<double> latencies = [];

    public WebhookDriver(TwilioOptions account, int maxConnectionsPerServer = 64)
    {
        this.account = account;
        http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnectionsPerServer,
            ConnectTimeout = TimeSpan.FromSeconds(3),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5),
            UseProxy = false,
            AllowAutoRedirect = false,
        })
        {
            Timeout = TimeSpan.FromSeconds(15),
        };
    }

    /// <summary>Statuses of every request sent, 0 counting the requests that got no HTTP answer.</summary>
    public ConcurrentDictionary<int, int> Statuses { get; } = new();

    public string Sign(IEnumerable<KeyValuePair<string, string>> form) =>
        TwilioSignature.Compute(account.AuthToken, account.PublicBaseUrl!.TrimEnd('/') + TwilioPaths.WhatsAppWebhook, form);

    /// <summary>Posts the citizen's message, signed; returns the HTTP status or 0 when none came (refused, reset, timeout).</summary>
    public async Task<int> PostAsync(string baseUrl, SimulatedCitizenMessage message, CancellationToken cancellationToken = default)
    {
        return (await PostFormAsync(baseUrl, message, cancellationToken)).Status;
    }

    private async Task<WebhookResponse> PostFormAsync(string baseUrl, SimulatedCitizenMessage message, CancellationToken cancellationToken)
    {
        var form = SimulatedInboundWebhook.Form(message, account);
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + TwilioPaths.WhatsAppWebhook)
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.TryAddWithoutValidation(TwilioHeaders.Signature, Sign(form));
        return await SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Posts raw bytes with the given content type (none when null) and signature header (none when null), on a
    /// connection of its own (so that a connection the service closed after an earlier bad request never takes the
    /// blame), with "Expect: 100-continue" when asked (the service may then refuse a large body before it is sent).
    /// </summary>
    public async Task<WebhookResponse> PostRawAsync(string baseUrl, byte[] body, string? contentType, string? signature, bool chunked, bool expectContinue = false, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + TwilioPaths.WhatsAppWebhook);
        request.Headers.ConnectionClose = true;
        if (expectContinue) request.Headers.ExpectContinue = true;
        HttpContent content = chunked ? new StreamContent(new UnknownLengthStream(body)) : new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.Remove("Content-Type");
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        request.Content = content;
        if (chunked) request.Headers.TransferEncodingChunked = true;
        if (signature is not null) request.Headers.TryAddWithoutValidation(TwilioHeaders.Signature, signature);
        return await SendAsync(request, cancellationToken);
    }

    private async Task<WebhookResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var status = 0;
        string? error = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException ex)
        {
            error = $"{ex.HttpRequestError}: {ex.Message}{(ex.InnerException is { } inner ? " (" + inner.Message + ")" : string.Empty)}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = "no answer within " + http.Timeout.TotalSeconds + " s";
        }

        Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        if (status == 200) latencies.Add(clock.Elapsed.TotalMilliseconds);
        return new WebhookResponse(status, error);
    }

    /// <summary>p50/p99/max of the time to a 200 answer, in milliseconds.</summary>
    public string LatencySummary()
    {
        var sorted = latencies.OrderBy(x => x).ToList();
        if (sorted.Count == 0) return "ack=n/a";
        double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
        return FormattableString.Invariant($"ackP50={At(0.5):0}ms ackP99={At(0.99):0}ms ackMax={sorted[^1]:0}ms");
    }

    public string StatusSummary() =>
        string.Join(" ", Statuses.OrderBy(s => s.Key).Select(s => $"http{(s.Key == 0 ? "None" : s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}={s.Value}")) + " " + LatencySummary();

    public void Dispose() => http.Dispose();

    /// <summary>A read-only stream that does not tell its length, so the request goes out chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
