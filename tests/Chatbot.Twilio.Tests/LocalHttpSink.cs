using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chatbot.Twilio.Tests;

/// <summary>
/// A tiny Kestrel server on 127.0.0.1 and a free port that answers with a test's handler and records what it
/// received: stands in for Twilio's API, its media CDN, or our own webhook host.
/// </summary>
internal sealed class LocalHttpSink : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHttpSink(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<SinkRequest> Requests { get; } = new();

    public static async Task<LocalHttpSink> StartAsync(Func<HttpContext, Task> handler, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        var sink = new LocalHttpSink(app);
        app.Run(async context =>
        {
            sink.Requests.Enqueue(new SinkRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers.Range.ToString()));
            await handler(context);
        });
        await app.StartAsync();
        sink.BaseUrl = app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
