namespace Chatbot.Twilio.Simulation;

/// <summary>Twilio field names that only the development simulator speaks (the product itself reads them from <see cref="TwilioFields"/>).</summary>
public static class SimulationFields
{
    public const string AccountSid = "AccountSid";
    public const string To = "To";
    public const string From = "From";
    public const string Body = "Body";
    public const string MediaUrl = "MediaUrl";
    public const string ContentSid = "ContentSid";
    public const string ContentVariables = "ContentVariables";
    public const string StatusCallback = "StatusCallback";
    public const string MessagingServiceSid = "MessagingServiceSid";
    public const string SmsMessageSid = "SmsMessageSid";
    public const string SmsSid = "SmsSid";
    public const string SmsStatus = "SmsStatus";
    public const string MessageType = "MessageType";
    public const string NumSegments = "NumSegments";
    public const string ReferralNumMedia = "ReferralNumMedia";
    public const string ApiVersion = "ApiVersion";
    public const string ChannelPrefix = "ChannelPrefix";

    public const string ApiVersionValue = "2010-04-01";
}
