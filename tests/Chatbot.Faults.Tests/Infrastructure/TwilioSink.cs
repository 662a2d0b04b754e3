using System.Net;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>How the sink answers a "create a Message" request right now.</summary>
public enum SinkMode
{
    /// <summary>201 with a Message resource (status "queued"): the message is delivered.</summary>
    Accept,

    /// <summary>500 with a Twilio error body.</summary>
    ServerError,

    /// <summary>429 (Twilio's 20429 "Too Many Requests") with Retry-After: 1.</summary>
    TooManyRequests,

    /// <summary>Never answers; the request ends when the caller gives up.</summary>
    Hang,
}

/// <summary>One message the sink accepted (answered 201), in the order of acceptance.</summary>
public sealed record SinkMessage(long Sequence, string To, string Body, DateTimeOffset At, string Sid = "", string? From = null, int NumMedia = 0);

/// <summary>
/// Twilio's Messages API for the fault tests: a tiny Kestrel app on a free loopback port implementing
/// POST /2010-04-01/Accounts/{AccountSid}/Messages.json. Checks Basic auth and the form as Twilio does and records each
/// accepted message (To, Body). <see cref="Mode"/> switches it to 500, 429 or hanging; a refused or hung request is not
/// a delivered message. GET on the same path lists the accepted messages as Twilio does (filters To, From and
/// DateSent&gt;=, newest first, {"messages": [...]}), so that a sender can ask whether an earlier attempt got through;
/// the faults of <see cref="Mode"/> apply to it too.
/// </summary>
public sealed class TwilioSink : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TwilioOptions account;
    private readonly CancellationTokenSource stopping = new();
    private readonly object gate = new();
    private readonly List<SinkMessage> delivered = [];
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

    public int RefusedServerError => Volatile.Read(ref refusedServerError);

    public int RefusedTooMany => Volatile.Read(ref refusedTooMany);

    public int Hung => Volatile.Read(ref hung);

    /// <summary>Requests refused as invalid (bad auth, bad form): the service sent something Twilio would not take.</summary>
    public int Rejected => Volatile.Read(ref rejected);

    /// <summary>List requests answered (a sender asking whether an earlier attempt got through).</summary>
    public int Listed => Volatile.Read(ref listed);

    public IReadOnlyList<SinkMessage> Delivered()
    {
        lock (gate) return delivered.ToList();
    }

    public int DeliveredCount
    {
        get
        {
            lock (gate) return delivered.Count;
        }
    }

    public static async Task<TwilioSink> StartAsync(TwilioOptions account)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var sink = new TwilioSink(app, account);
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", (string accountSid, HttpContext context) => sink.CreateAsync(accountSid, context));
        app.MapGet("/2010-04-01/Accounts/{accountSid}/Messages.json", (string accountSid, HttpContext context) => sink.ListAsync(accountSid, context));
        await app.StartAsync();
        sink.BaseUrl = app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        return sink;
    }

    private async Task CreateAsync(string accountSid, HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (await FaultAsync(context)) return;

        if (!SimulatedAccountAuth.IsAuthorized(request.Headers.Authorization, accountSid, account))
        {
            Interlocked.Increment(ref rejected);
            await WriteAsync(response, SimulatedApiError.Unauthenticated);
            return;
        }

        if (!request.HasFormContentType)
        {
            Interlocked.Increment(ref rejected);
            await WriteAsync(response, new SimulatedApiError(20001, "Expected an application/x-www-form-urlencoded body.", 400));
            return;
        }

        var (message, error) = SimulatedMessageRequest.Parse(await ReadFormLenientlyAsync(request, context.RequestAborted));
        if (message is null)
        {
            Interlocked.Increment(ref rejected);
            await WriteAsync(response, error!);
            return;
        }

        var sid = SimulatedSid.Message();
        var now = DateTimeOffset.UtcNow;
        lock (gate) delivered.Add(new SinkMessage(++sequence, message.To, message.Body ?? string.Empty, now, sid, message.From, message.MediaUrls.Count));
        response.StatusCode = StatusCodes.Status201Created;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(SimulatedMessageResource.ToJson(sid, message, accountSid, now));
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
            Interlocked.Increment(ref rejected);
            await WriteAsync(response, SimulatedApiError.Unauthenticated);
            return;
        }

        var query = request.Query;
        string? Param(string name) => query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
        var to = Param("To");
        var from = Param("From");
        DateTimeOffset? since = null;
        if (Param("DateSent>") is { } sinceText)
        {
            if (!DateTimeOffset.TryParse(sinceText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
            {
                Interlocked.Increment(ref rejected);
                await WriteAsync(response, new SimulatedApiError(20001, $"Invalid DateSent> '{sinceText}'.", 400));
                return;
            }

            since = parsed;
        }

        var pageSize = int.TryParse(Param("PageSize"), out var size) && size is > 0 and <= 1000 ? size : 50;
        List<SinkMessage> page;
        lock (gate)
        {
            page = delivered.Where(m => (to is null || m.To == to) && (from is null || m.From == from) && (since is null || m.At >= since))
                .OrderByDescending(m => m.Sequence).Take(pageSize).ToList();
        }

        Interlocked.Increment(ref listed);
        var path = $"/2010-04-01/Accounts/{accountSid}/Messages.json";
        var messages = new Newtonsoft.Json.Linq.JArray(page.Select(m => Newtonsoft.Json.Linq.JObject.Parse(SimulatedMessageResource.ToJson(
            m.Sid, new SimulatedMessageRequest(m.To, m.From, null, m.Body, Enumerable.Repeat("https://media.invalid/x", m.NumMedia).ToList(), null, null, null), accountSid, m.At))));
        var body = new Newtonsoft.Json.Linq.JObject
        {
            ["first_page_uri"] = path + request.QueryString,
            ["end"] = Math.Max(0, page.Count - 1),
            ["previous_page_uri"] = null,
            ["messages"] = messages,
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

    /// <summary>Answers as <see cref="Mode"/> says when it is a fault (500, 429, hang); false when the request is to be served.</summary>
    private async Task<bool> FaultAsync(HttpContext context)
    {
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

    /// <summary>
    /// The form as Twilio would take it: percent-decoded bytes read as UTF-8, whatever they contain (ASP.NET's own reader
    /// refuses %00, which a bot reply may carry when it quotes a citizen's profile name).
    /// </summary>
    private static async Task<IFormCollection> ReadFormLenientlyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var fields = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>(StringComparer.Ordinal);
        foreach (var pair in System.Text.Encoding.ASCII.GetString(buffer.ToArray()).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            fields[key] = fields.TryGetValue(key, out var values) ? Microsoft.Extensions.Primitives.StringValues.Concat(values, value) : value;
        }

        return new FormCollection(fields);
    }

    private static string Decode(string text) => System.Web.HttpUtility.UrlDecode(text, System.Text.Encoding.UTF8);

    private static Task WriteAsync(HttpResponse response, SimulatedApiError error)
    {
        response.StatusCode = error.Status;
        response.ContentType = "application/json; charset=utf-8";
        return response.WriteAsync(error.ToJson());
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
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
