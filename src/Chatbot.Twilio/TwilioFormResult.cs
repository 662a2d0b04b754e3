using System.Diagnostics.CodeAnalysis;

namespace Chatbot.Twilio;

/// <summary>A webhook form read into a product type, or why it cannot be (the webhook answers 400). Never an exception.</summary>
public sealed record TwilioFormResult<T>
    where T : class
{
    private TwilioFormResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    /// <summary>Why the form is a bad request; null when parsed.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsParsed => Value is not null;

    public static TwilioFormResult<T> Parsed(T value) => new(value, null);

    public static TwilioFormResult<T> BadRequest(string error) => new(null, error);
}
