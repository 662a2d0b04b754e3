namespace Chatbot.Twilio;

/// <summary>Which Twilio errors are worth retrying. A known error code decides before the HTTP status does.</summary>
public static class TwilioErrorCodes
{
    public const int OutsideWhatsAppWindow = 63016;
    public const int InvalidToNumber = 21211;
    public const int Unsubscribed = 21610;

    /// <summary>Retrying can never help: the message must change (template, number) or the citizen must act.</summary>
    private static readonly HashSet<int> Permanent =
    [
        OutsideWhatsAppWindow,
        InvalidToNumber,
        Unsubscribed,
        21408, // permission to send to this region not enabled
        21612, // the To number cannot be reached on this channel
        21614, // To is not a valid mobile number
        21656, // ContentVariables is not valid JSON or does not fit the template
        63003, // channel could not find the To address
        63024, // invalid message recipient
        63032, // the citizen's WhatsApp cannot receive this message
    ];

    /// <summary>Twilio's own "try again" codes, whatever HTTP status carried them.</summary>
    private static readonly HashSet<int> Transient =
    [
        20429, // too many requests
        20500, // internal server error
        20503, // service unavailable
    ];

    public static bool IsTransient(TwilioApiError error)
    {
        if (error.Code is { } code)
        {
            if (Permanent.Contains(code)) return false;
            if (Transient.Contains(code)) return true;
        }

        return error.Status is 408 or 429 or >= 500;
    }
}
