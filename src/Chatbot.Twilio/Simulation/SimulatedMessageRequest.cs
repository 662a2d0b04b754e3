using Microsoft.AspNetCore.Http;

namespace Chatbot.Twilio.Simulation;

/// <summary>A "create a Message" request as the fake Messages API receives it, checked as Twilio checks it.</summary>
public sealed record SimulatedMessageRequest(
    string To,
    string? From,
    string? MessagingServiceSid,
    string? Body,
    IReadOnlyList<string> MediaUrls,
    string? ContentSid,
    string? ContentVariables,
    string? StatusCallback)
{
    /// <summary>The citizen's E.164 number (To without "whatsapp:").</summary>
    public string Phone => TwilioAddress.TryE164(To, out var e164) ? e164 : To;

    public static (SimulatedMessageRequest? Request, SimulatedApiError? Error) Parse(IFormCollection form)
    {
        string? Field(string name) => form.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

        var to = Field(SimulationFields.To);
        if (to is null) return (null, new SimulatedApiError(21604, "A 'To' phone number is required.", 400));
        if (!TwilioAddress.IsWhatsAppAddress(to)) return (null, new SimulatedApiError(21211, $"The 'To' number {to} is not a valid phone number.", 400));

        var from = Field(SimulationFields.From);
        var service = Field(SimulationFields.MessagingServiceSid);
        if (from is null && service is null) return (null, new SimulatedApiError(21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.", 400));

        var media = form.TryGetValue(SimulationFields.MediaUrl, out var urls) ? urls.Where(u => !string.IsNullOrEmpty(u)).Select(u => u!).ToList() : [];
        var body = Field(SimulationFields.Body);
        var contentSid = Field(SimulationFields.ContentSid);
        if (body is null && media.Count == 0 && contentSid is null) return (null, new SimulatedApiError(21602, "Message body is required.", 400));
        if (body is { Length: > 1600 }) return (null, new SimulatedApiError(21617, "The concatenated message body exceeds the 1600 character limit.", 400));

        return (new SimulatedMessageRequest(to, from, service, body, media, contentSid, Field(SimulationFields.ContentVariables), Field(SimulationFields.StatusCallback)), null);
    }
}
