using System.Collections.Concurrent;
using System.Diagnostics;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Chatbot.Browser.Tests.Infrastructure;

/// <summary>One message the service sent through Twilio's Messages API.</summary>
public sealed record SentMessage(long Sequence, string Sid, string To, string? Body, string? ContentSid, string? ContentVariables, DateTimeOffset At);

/// <summary>
/// Twilio's Messages API on a free loopback port (POST /2010-04-01/Accounts/{sid}/Messages.json): checks Basic auth and
/// the form as Twilio does, records each message, answers 201, and then plays WhatsApp's ticks back to the message's
/// StatusCallback (sent, delivered, read), signed as Twilio signs them, so the console's ticks are real.
/// </summary>
public sealed class TwilioSink : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TwilioOptions account;
    private readonly ConcurrentQueue<SentMessage> sent = new();
    private readonly HttpClient callbacks = new() { Timeout = TimeSpan.FromSeconds(5) };
    private long sequence;

    private TwilioSink(WebApplication app, TwilioOptions account)
    {
        this.app = app;
        this.account = account;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Where status callbacks really go (the service), whatever host the callback URL names.</summary>
    public string? CallbackTarget { get; set; }

    public int Rejected;

    public IReadOnlyList<SentMessage> Sent => sent.ToArray();

    public static async Task<TwilioSink> StartAsync(TwilioOptions account)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new TwilioSink(app, account);
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", (string accountSid, HttpContext context) => sink.CreateAsync(accountSid, context));
        await app.StartAsync();
        sink.BaseUrl = app.Urls.Single();
        return sink;
    }

    /// <summary>Messages to <paramref name="whatsAppTo"/> sent after <paramref name="afterSequence"/>.</summary>
    public IReadOnlyList<SentMessage> To(string whatsAppTo, long afterSequence = 0) =>
        sent.Where(m => m.To == whatsAppTo && m.Sequence > afterSequence).OrderBy(m => m.Sequence).ToList();

    public long LastSequence => Interlocked.Read(ref sequence);

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

        var got = string.Join("\n---\n", To(whatsAppTo, afterSequence).Select(m => m.Body ?? "[template " + m.ContentSid + "]"));
        throw new TimeoutException($"No message to {whatsAppTo} {what ?? "matched"} within {clock.Elapsed.TotalSeconds:0} s. Sent instead:\n{got}");
    }

    private async Task CreateAsync(string accountSid, HttpContext context)
    {
        if (!SimulatedAccountAuth.IsAuthorized(context.Request.Headers.Authorization, accountSid, account) || !context.Request.HasFormContentType)
        {
            Interlocked.Increment(ref Rejected);
            await WriteAsync(context.Response, SimulatedApiError.Unauthenticated);
            return;
        }

        var (message, error) = SimulatedMessageRequest.Parse(await context.Request.ReadFormAsync(context.RequestAborted));
        if (message is null)
        {
            Interlocked.Increment(ref Rejected);
            await WriteAsync(context.Response, error!);
            return;
        }

        var sid = SimulatedSid.Message();
        var now = DateTimeOffset.UtcNow;
        sent.Enqueue(new SentMessage(Interlocked.Increment(ref sequence), sid, message.To, message.Body, message.ContentSid, message.ContentVariables, now));
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(SimulatedMessageResource.ToJson(sid, message, accountSid, now));
        if (message.StatusCallback is { } url) _ = PlayTicksAsync(sid, message, url);
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
                using var response = await callbacks.SendAsync(post);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return;
            }
        }
    }

    private static Task WriteAsync(HttpResponse response, SimulatedApiError error)
    {
        response.StatusCode = error.Status;
        response.ContentType = "application/json; charset=utf-8";
        return response.WriteAsync(error.ToJson());
    }

    public async ValueTask DisposeAsync()
    {
        callbacks.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
