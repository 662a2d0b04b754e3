using System.Text.Json;
using System.Threading.Channels;
using Chatbot.Core.Ports;
using Chatbot.Desk.Events;
using Microsoft.AspNetCore.Http.Features;

namespace Chatbot.Web.Api;

/// <summary>
/// GET /api/events: Server-Sent Events of what changed (new messages, delivery ticks, conversations, cases, offers),
/// from every instance (Redis pub/sub), filtered for the user (<see cref="ConsoleEventFilter"/>). The first event is
/// "ready"; a comment every 15 seconds keeps proxies from closing the stream; the browser's EventSource reconnects.
/// </summary>
internal static class ConsoleEventStream
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>An event name that cannot break the stream's framing (letters, digits, '.', '-', '_'); anything else is "message".</summary>
    private static string EventName(string? type) =>
        !string.IsNullOrEmpty(type) && type.Length <= 64 && type.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') ? type : ConsoleEventTypes.Message;

    public static async Task StreamAsync(HttpContext http, IConsoleEvents events, ConsoleEventFilter filter)
    {
        var actor = ApiResults.ActorOf(http);
        var ct = http.RequestAborted;
        var queue = Channel.CreateBounded<ConsoleEvent>(new BoundedChannelOptions(512) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        await using var subscription = await events.SubscribeAsync(e =>
        {
            queue.Writer.TryWrite(e);
            return Task.CompletedTask;
        }, ct);

        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.WriteAsync("retry: 3000\n\nevent: ready\ndata: {}\n\n", ct);
        await response.Body.FlushAsync(ct);

        try
        {
            while (!ct.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(KeepAlive);
                ConsoleEvent next;
                try
                {
                    next = await queue.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await response.WriteAsync(": keep-alive\n\n", ct);
                    await response.Body.FlushAsync(ct);
                    continue;
                }

                if (!await filter.VisibleAsync(actor, next, ct)) continue;
                var data = JsonSerializer.Serialize(next, JsonSerializerOptions.Web);
                await response.WriteAsync($"event: {EventName(next.Type)}\ndata: {data}\n\n", ct);
                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The console closed the stream.
        }
    }
}
