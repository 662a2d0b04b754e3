using System.Diagnostics;
using System.Globalization;
using System.Net;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Newtonsoft.Json.Linq;

namespace Chatbot.Testing;

/// <summary>
/// Twilio's Messages API for every test that runs the service as a process (browser, deployment, fault tests) and for
/// the benchmark: a small Kestrel app on a free loopback port. POST /2010-04-01/Accounts/{AccountSid}/Messages.json
/// checks Basic auth and the form as Twilio does (<see cref="SimulatedMessageRequest"/>), records each accepted message
/// and answers 201 with a Message resource; GET on the same path lists them as Twilio does (To, From, DateSent&gt;,
/// newest first), so that a sender can ask whether an earlier attempt got through. <see cref="Mode"/> switches it to
/// 500, 429 or hanging, <see cref="Latency"/> makes it answer as slowly as Twilio does from afar, and with
/// <see cref="PlayStatusCallbacks"/> it plays WhatsApp's ticks (sent, delivered, read) back to the message's
/// StatusCallback, signed as Twilio signs them.
/// </summary>
public sealed class TwilioSink : IAsyncDisposable
{
    private const string Route = "/2010-04-01/Accounts/{accountSid}/Messages.json";

    private readonly WebApplication app;
    private readonly TwilioOptions account;
    private readonly CancellationTokenSource stopping = new();
    private readonly HttpClient callbacks = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Lock gate = new();
    private readonly List<SentMessage> sent = [];
    private long sequence;
    private int refusedServerError;
    private int refusedTooMany;
    private int hung;
    private int rejected;
    private int listed;
    private volatile SinkMode mode = SinkMode.Accept;

    private TwilioSink(WebApplication app, TwilioOptions account)
    {
        this.app = app;
        this.account = account;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public SinkMode Mode
    {
        get => mode;
        set => mode = value;
    }

    /// <summary>How long each request waits before it is answered (Twilio from Indonesia: about 250 ms).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Play sent/delivered/read back to each message's StatusCallback, 250 ms apart.</summary>
    public bool PlayStatusCallbacks { get; set; }

    /// <summary>Where status callbacks really go (the service), whatever host the callback URL names.</summary>
    public string? CallbackTarget { get; set; }

    public int RefusedServerError => Volatile.Read(ref refusedServerError);

    public int RefusedTooMany => Volatile.Read(ref refusedTooMany);

    public int Hung => Volatile.Read(ref hung);

    /// <summary>Requests refused as invalid (bad auth, bad form): the service sent something Twilio would not take.</summary>
    public int Rejected => Volatile.Read(ref rejected);

    /// <summary>List requests answered (a sender asking whether an earlier attempt got through).</summary>
    public int Listed => Volatile.Read(ref listed);

    public long LastSequence => Interlocked.Read(ref sequence);

    /// <summary>Every accepted message, in the order of acceptance.</summary>
    public IReadOnlyList<SentMessage> Delivered()
    {
        lock (gate) return sent.ToList();
    }

    public int DeliveredCount
    {
        get
        {
            lock (gate) return sent.Count;
        }
    }

    /// <param name="port">The loopback port; a free one when 0.</param>
    /// <param name="map">More endpoints on the same app (the benchmark's counters).</param>
    public static async Task<TwilioSink> StartAsync(TwilioOptions account, int port = 0, Action<WebApplication, TwilioSink>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var sink = new TwilioSink(app, account);
        app.MapPost(Route, (string accountSid, HttpContext context) => sink.CreateAsync(accountSid, context));
        app.MapGet(Route, (string accountSid, HttpContext context) => sink.ListAsync(accountSid, context));
        map?.Invoke(app, sink);
        await app.StartAsync();
        sink.BaseUrl = app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        return sink;
    }

    /// <summary>Messages to <paramref name="whatsAppTo"/> accepted after <paramref name="afterSequence"/>.</summary>
    public IReadOnlyList<SentMessage> To(string whatsAppTo, long afterSequence = 0)
    {
        lock (gate) return sent.Where(m => m.To == whatsAppTo && m.Sequence > afterSequence).ToList();
    }

    /// <summary>Waits until a message to the citizen matches; fails with what was sent instead.</summary>
    public async Task<SentMessage> WaitForAsync(string whatsAppTo, Func<SentMessage, bool> match, long afterSequence, TimeSpan? timeout = null, string? what = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (timeout ?? TimeSpan.FromSeconds(20)))
        {
            var found = To(whatsAppTo, afterSequence).FirstOrDefault(match);
            if (found is not null) return found;
            await Task.Delay(100);
        }

        var got = string.Join("\n---\n", To(whatsAppTo, afterSequence));
        throw new TimeoutException($"No message to {whatsAppTo} {what ?? "matched"} within {clock.Elapsed.TotalSeconds:0} s. Sent instead:\n{got}");
    }

    private async Task CreateAsync(string accountSid, HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (await FaultAsync(context)) return;

        if (!SimulatedAccountAuth.IsAuthorized(request.Headers.Authorization, accountSid, account))
        {
            await RejectAsync(response, SimulatedApiError.Unauthenticated);
            return;
        }

        if (!request.HasFormContentType)
        {
            await RejectAsync(response, new SimulatedApiError(20001, "Expected an application/x-www-form-urlencoded body.", 400));
            return;
        }

        var (message, error) = SimulatedMessageRequest.Parse(await ReadFormLenientlyAsync(request, context.RequestAborted));
        if (message is null)
        {
            await RejectAsync(response, error!);
            return;
        }

        var sid = SimulatedSid.Message();
        var now = DateTimeOffset.UtcNow;
        lock (gate) sent.Add(new SentMessage(++sequence, sid, message, now));
        response.StatusCode = StatusCodes.Status201Created;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(SimulatedMessageResource.ToJson(sid, message, accountSid, now));
        if (PlayStatusCallbacks && message.StatusCallback is { } url) _ = PlayTicksAsync(sid, message, url);
    }

    /// <summary>
    /// GET …/Messages.json: the accepted messages to To (and from From), accepted at or after DateSent&gt; (ISO 8601 or
    /// YYYY-MM-DD), newest first, one page of at most PageSize (default 50), in Twilio's list shape.
    /// </summary>
    private async Task ListAsync(string accountSid, HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (await FaultAsync(context)) return;

        if (!SimulatedAccountAuth.IsAuthorized(request.Headers.Authorization, accountSid, account))
        {
            await RejectAsync(response, SimulatedApiError.Unauthenticated);
            return;
        }

        var query = request.Query;
        string? Param(string name) => query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
        var to = Param("To");
        var from = Param("From");
        DateTimeOffset? since = null;
        if (Param("DateSent>") is { } sinceText)
        {
            if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                await RejectAsync(response, new SimulatedApiError(20001, $"Invalid DateSent> '{sinceText}'.", 400));
                return;
            }

            since = parsed;
        }

        var pageSize = int.TryParse(Param("PageSize"), out var size) && size is > 0 and <= 1000 ? size : 50;
        List<SentMessage> page;
        lock (gate)
        {
            page = sent.Where(m => (to is null || m.To == to) && (from is null || m.From == from) && (since is null || m.At >= since))
                .OrderByDescending(m => m.Sequence).Take(pageSize).ToList();
        }

        Interlocked.Increment(ref listed);
        var path = $"/2010-04-01/Accounts/{accountSid}/Messages.json";
        var body = new JObject
        {
            ["first_page_uri"] = path + request.QueryString,
            ["end"] = Math.Max(0, page.Count - 1),
            ["previous_page_uri"] = null,
            ["messages"] = new JArray(page.Select(m => JObject.Parse(SimulatedMessageResource.ToJson(m.Sid, m.Request, accountSid, m.At)))),
            ["uri"] = path + request.QueryString,
            ["page_size"] = pageSize,
            ["start"] = 0,
            ["next_page_uri"] = null,
            ["page"] = 0,
        };
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(body.ToString(Newtonsoft.Json.Formatting.None));
    }

    /// <summary>Waits <see cref="Latency"/>, then answers as <see cref="Mode"/> says when it is a fault; false when the request is to be served.</summary>
    private async Task<bool> FaultAsync(HttpContext context)
    {
        if (Latency > TimeSpan.Zero) await Task.Delay(Latency, context.RequestAborted);
        var response = context.Response;
        switch (mode)
        {
            case SinkMode.ServerError:
                Interlocked.Increment(ref refusedServerError);
                await WriteAsync(response, new SimulatedApiError(20500, "Internal Server Error", 500));
                return true;
            case SinkMode.TooManyRequests:
                Interlocked.Increment(ref refusedTooMany);
                response.Headers.RetryAfter = "1";
                await WriteAsync(response, new SimulatedApiError(20429, "Too Many Requests", 429));
                return true;
            case SinkMode.Hang:
                Interlocked.Increment(ref hung);
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token))
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, linked.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // The caller gave up (or the sink stops): nothing was delivered.
                    }
                }

                context.Abort();
                return true;
            default:
                return false;
        }
    }

    private async Task PlayTicksAsync(string sid, SimulatedMessageRequest message, string url)
    {
        foreach (var status in new[] { "sent", "delivered", "read" })
        {
            await Task.Delay(250);
            var form = SimulatedStatusCallback.Form(sid, status, message, account);
            var target = CallbackTarget is { } service ? service.TrimEnd('/') + new Uri(url).PathAndQuery : url;
            using var post = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(form) };
            post.Headers.TryAddWithoutValidation(TwilioHeaders.Signature, SimulatedStatusCallback.Signature(form, url, account));
            try
            {
                using var response = await callbacks.SendAsync(post, stopping.Token);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The form as Twilio would take it: percent-decoded bytes read as UTF-8, whatever they contain (ASP.NET's own reader
    /// refuses %00, which a bot reply may carry when it quotes a citizen's profile name).
    /// </summary>
    private static async Task<IFormCollection> ReadFormLenientlyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var pair in System.Text.Encoding.ASCII.GetString(buffer.ToArray()).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            fields[key] = fields.TryGetValue(key, out var values) ? StringValues.Concat(values, value) : value;
        }

        return new FormCollection(fields);
    }

    private static string Decode(string text) => System.Web.HttpUtility.UrlDecode(text, System.Text.Encoding.UTF8);

    private Task RejectAsync(HttpResponse response, SimulatedApiError error)
    {
        Interlocked.Increment(ref rejected);
        return WriteAsync(response, error);
    }

    private static Task WriteAsync(HttpResponse response, SimulatedApiError error)
    {
        response.StatusCode = error.Status;
        response.ContentType = "application/json; charset=utf-8";
        return response.WriteAsync(error.ToJson());
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        callbacks.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopped hard.
        }

        await app.DisposeAsync();
        stopping.Dispose();
    }
}
