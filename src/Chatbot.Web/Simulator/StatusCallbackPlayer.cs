using System.Threading.Channels;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;
using Chatbot.Web.Options;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Simulator;

/// <summary>
/// Plays what Twilio and WhatsApp would report for each message the fake Messages API accepted: sent, delivered and
/// read, a short pause apart, each one shown on the page and posted, signed, to the message's StatusCallback URL.
/// </summary>
public sealed class StatusCallbackPlayer(
    SimulatorTimeline timeline,
    IHttpClientFactory httpClients,
    IOptions<TwilioOptions> twilio,
    IOptions<SimulatorOptions> simulator,
    ILogger<StatusCallbackPlayer> logger) : BackgroundService
{
    private static readonly string[] Statuses = ["sent", "delivered", "read"];
    private const int MaxConcurrent = 32;

    private readonly Channel<StatusCallbackJob> jobs = Channel.CreateBounded<StatusCallbackJob>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Enqueue(StatusCallbackJob job) => jobs.Writer.TryWrite(job);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(MaxConcurrent);
        var running = new List<Task>();
        try
        {
            await foreach (var job in jobs.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(PlayAsync(job, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running);
    }

    private async Task PlayAsync(StatusCallbackJob job, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            foreach (var status in Statuses)
            {
                await Task.Delay(simulator.Value.StatusCallbackDelayMilliseconds, stoppingToken);
                timeline.Update(job.MessageSid, m => m with { Status = status });
                if (job.Request.StatusCallback is { } url) await PostAsync(job, status, url, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task PostAsync(StatusCallbackJob job, string status, string url, CancellationToken cancellationToken)
    {
        var form = SimulatedStatusCallback.Form(job.MessageSid, status, job.Request, twilio.Value);
        using var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        post.Headers.TryAddWithoutValidation(SimulatedInboundWebhook.SignatureHeader, SimulatedStatusCallback.Signature(form, url, twilio.Value));
        try
        {
            using var response = await httpClients.CreateClient(SimulatorSelf.HttpClientName).SendAsync(post, cancellationToken);
            if (!response.IsSuccessStatusCode)
                logger.LogWarning("Status callback {Status} of {Sid} answered HTTP {Code}", status, job.MessageSid, (int)response.StatusCode);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Status callback {Status} of {Sid} failed: {Reason}", status, job.MessageSid, e.Message);
        }
    }
}
