using Microsoft.AspNetCore.Http;

namespace Chatbot.Twilio;

/// <summary>
/// The outcome of checking a webhook request: the form when it is Twilio's, otherwise the reason (answer 403;
/// never log the expected signature).
/// </summary>
public sealed record TwilioRequestValidation
{
    private TwilioRequestValidation(bool isValid, IFormCollection form, string signedUrl, string? failure)
    {
        IsValid = isValid;
        Form = form;
        SignedUrl = signedUrl;
        Failure = failure;
    }

    public bool IsValid { get; }

    /// <summary>The posted form; empty when the request was not a form.</summary>
    public IFormCollection Form { get; }

    /// <summary>The URL the signature was checked against (useful in logs when a proxy is misconfigured).</summary>
    public string SignedUrl { get; }

    public string? Failure { get; }

    public static TwilioRequestValidation Valid(IFormCollection form, string signedUrl) => new(true, form, signedUrl, null);

    public static TwilioRequestValidation Invalid(string signedUrl, string failure, IFormCollection? form = null) =>
        new(false, form ?? FormCollection.Empty, signedUrl, failure);
}
