namespace Chatbot.Twilio.Simulation;

/// <summary>The status callback form Twilio posts to a message's StatusCallback URL (sent, delivered, read…).</summary>
public static class SimulatedStatusCallback
{
    public static IReadOnlyList<KeyValuePair<string, string>> Form(string messageSid, string status, SimulatedMessageRequest request, TwilioOptions options) =>
    [
        new(SimulationFields.ChannelPrefix, "whatsapp"),
        new(SimulationFields.ApiVersion, SimulationFields.ApiVersionValue),
        new(TwilioFields.MessageStatus, status),
        new(SimulationFields.SmsSid, messageSid),
        new(SimulationFields.SmsStatus, status),
        new(SimulationFields.To, request.To),
        new(SimulationFields.From, request.From ?? options.WhatsAppFrom),
        new(TwilioFields.MessageSid, messageSid),
        new(SimulationFields.AccountSid, options.AccountSid),
    ];

    public static string Signature(IEnumerable<KeyValuePair<string, string>> form, string callbackUrl, TwilioOptions options) =>
        TwilioSignature.Compute(options.AuthToken, callbackUrl, form);
}
