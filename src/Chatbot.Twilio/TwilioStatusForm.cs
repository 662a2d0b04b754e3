using Chatbot.Core.Messaging;
using Microsoft.AspNetCore.Http;

namespace Chatbot.Twilio;

/// <summary>Reads Twilio's message status callback form into the product's <see cref="StatusUpdate"/>.</summary>
public static class TwilioStatusForm
{
    public static TwilioFormResult<StatusUpdate> ToStatusUpdate(IFormCollection form, DateTimeOffset receivedAt) =>
        Parse(TwilioFormFields.From(form), receivedAt);

    public static TwilioFormResult<StatusUpdate> ToStatusUpdate(IEnumerable<KeyValuePair<string, string>> form, DateTimeOffset receivedAt) =>
        Parse(new TwilioFormFields(form), receivedAt);

    private static TwilioFormResult<StatusUpdate> Parse(TwilioFormFields fields, DateTimeOffset receivedAt)
    {
        var messageSid = fields.Take(TwilioFields.MessageSid);
        if (messageSid is null) return TwilioFormResult<StatusUpdate>.BadRequest($"{TwilioFields.MessageSid} is missing");

        var status = fields.Take(TwilioFields.MessageStatus);
        if (status is null) return TwilioFormResult<StatusUpdate>.BadRequest($"{TwilioFields.MessageStatus} is missing");
        if (!TwilioMessageStatus.TryMap(status, out var mapped))
            return TwilioFormResult<StatusUpdate>.BadRequest($"{TwilioFields.MessageStatus} '{status}' is not a known status");

        // Callbacks carry no event time; the time we received it is the best we know.
        return TwilioFormResult<StatusUpdate>.Parsed(new StatusUpdate(
            messageSid, mapped, receivedAt, fields.Take(TwilioFields.ErrorCode), fields.Take(TwilioFields.ErrorMessage)));
    }
}
