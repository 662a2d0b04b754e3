using Microsoft.AspNetCore.TestHost;

namespace Chatbot.Web.Tests;

/// <summary>Sends the app's own outgoing HTTP calls into its in-memory server; resolved on first use, after the server has started.</summary>
public sealed class LoopbackHandler(Func<TestServer> server) : HttpMessageHandler
{
    private readonly Lazy<HttpMessageInvoker> invoker = new(() => new HttpMessageInvoker(server().CreateHandler()));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        invoker.Value.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && invoker.IsValueCreated) invoker.Value.Dispose();
        base.Dispose(disposing);
    }
}
