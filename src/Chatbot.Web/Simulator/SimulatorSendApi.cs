using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Simulator;

/// <summary>
/// POST /simulator/api/send: builds the webhook form Twilio would post for the citizen's message, signs it with the
/// auth token and posts it over HTTP to our own /twilio/whatsapp, exactly as Twilio would. Answers the webhook's status.
/// </summary>
public static class SimulatorSendApi
{
    public static async Task<IResult> HandleAsync(
        SendRequest send,
        HttpRequest request,
        SimulatorSelf self,
        SimulatorMediaStore mediaStore,
        SimulatorTimeline timeline,
        IHttpClientFactory httpClients,
        IOptions<TwilioOptions> twilio,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryParse(send.Phone, out var phone))
            return Results.BadRequest(new { error = "Nomor WhatsApp tidak valid (contoh: +6281234567890)." });

        var media = new List<MediaRef>();
        if (!string.IsNullOrEmpty(send.MediaId))
        {
            if (mediaStore.Find(send.MediaId) is not { } stored) return Results.BadRequest(new { error = "Foto tidak ditemukan." });
            media.Add(new MediaRef(self.MediaUrl(request, stored.Id), stored.ContentType, stored.Length));
        }

        if (string.IsNullOrEmpty(send.Text) && media.Count == 0) return Results.BadRequest(new { error = "Pesan kosong." });

        var message = new SimulatedCitizenMessage(SimulatedSid.Message(), phone.E164, send.ProfileName, send.Text ?? string.Empty, media);
        var form = SimulatedInboundWebhook.Form(message, twilio.Value);
        var signature = SimulatedInboundWebhook.Signature(form, self.SignedUrl(request, TwilioPaths.WhatsAppWebhook), twilio.Value);

        timeline.Add(new TimelineMessage
        {
            Id = message.MessageSid,
            Phone = phone.E164,
            Direction = "in",
            ProfileName = send.ProfileName,
            Text = message.Text,
            MediaUrls = media.Select(m => m.Url).ToList(),
            Status = "sending",
            At = clock.GetUtcNow(),
        });

        int httpStatus;
        try
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, self.BaseUrl(request) + TwilioPaths.WhatsAppWebhook)
            {
                Content = new FormUrlEncodedContent(form),
            };
            post.Headers.TryAddWithoutValidation(SimulatedInboundWebhook.SignatureHeader, signature);
            using var response = await httpClients.CreateClient(SimulatorSelf.HttpClientName).SendAsync(post, cancellationToken);
            httpStatus = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            httpStatus = 0; // shown on the page as "not connected"
        }

        var done = timeline.Update(message.MessageSid, m => m with { Status = httpStatus == 200 ? "accepted" : "rejected", HttpStatus = httpStatus });
        return Results.Ok(new { messageSid = message.MessageSid, httpStatus, message = done });
    }
}
