using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Simulator;

/// <summary>
/// POST /simulator/twilio/2010-04-01/Accounts/{AccountSid}/Messages.json: Twilio's Messages API as the development
/// outbox sink. Checks Basic auth, checks the form as Twilio does, answers 201 with a Message resource (status
/// "queued"), shows the message on the page and then plays its status callbacks.
/// </summary>
public static class FakeMessagesApi
{
    public const string Route = SimulatorPaths.FakeTwilio + "/2010-04-01/Accounts/{accountSid}/Messages.json";

    public static async Task<IResult> CreateAsync(
        string accountSid,
        HttpRequest request,
        IOptions<TwilioOptions> twilio,
        SimulatorTimeline timeline,
        StatusCallbackPlayer callbacks,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!SimulatedAccountAuth.IsAuthorized(request.Headers.Authorization, accountSid, twilio.Value))
            return Error(SimulatedApiError.Unauthenticated);
        if (!request.HasFormContentType)
            return Error(new SimulatedApiError(20001, "Expected an application/x-www-form-urlencoded body.", 400));

        var (message, error) = SimulatedMessageRequest.Parse(await request.ReadFormAsync(cancellationToken));
        if (message is null) return Error(error!);

        var sid = SimulatedSid.Message();
        var now = clock.GetUtcNow();
        timeline.Add(new TimelineMessage
        {
            Id = sid,
            Phone = message.Phone,
            Direction = "out",
            Text = message.Body,
            MediaUrls = message.MediaUrls,
            Template = message.ContentSid is null ? null : (message.ContentSid + " " + message.ContentVariables).Trim(),
            Status = "queued",
            At = now,
        });
        callbacks.Enqueue(new StatusCallbackJob(sid, message));
        return Results.Text(SimulatedMessageResource.ToJson(sid, message, accountSid, now), "application/json", System.Text.Encoding.UTF8, StatusCodes.Status201Created);
    }

    /// <summary>
    /// GET on the same path: Twilio's message list, which the sender asks after a crash before sending a message again
    /// (was it created already?). Filtered by To and DateSent&gt; as Twilio does; one page.
    /// </summary>
    public static IResult List(string accountSid, HttpRequest request, IOptions<TwilioOptions> twilio, SimulatorTimeline timeline)
    {
        if (!SimulatedAccountAuth.IsAuthorized(request.Headers.Authorization, accountSid, twilio.Value))
            return Error(SimulatedApiError.Unauthenticated);
        var filter = SimulatedMessageList.Read(request.Query);
        var sent = timeline.Since(0, filter.ToPhone).Messages
            .Where(m => m.Direction == "out" && (filter.SentAfter is not { } after || m.At >= after))
            .Select(m => new SimulatedMessageList.Listed(m.Id, m.Phone, m.Text, m.MediaUrls.Count, m.At));
        return Results.Text(SimulatedMessageList.ToJson(sent, twilio.Value.WhatsAppFrom), "application/json", System.Text.Encoding.UTF8);
    }

    private static IResult Error(SimulatedApiError error) =>
        Results.Text(error.ToJson(), "application/json", System.Text.Encoding.UTF8, error.Status);
}
