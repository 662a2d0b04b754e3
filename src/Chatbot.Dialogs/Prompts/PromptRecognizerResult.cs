namespace Chatbot.Dialogs.Prompts;

/// <summary>What a prompt made of the answer: the value, or why not (an error code from <see cref="PromptErrors"/> with its arguments).</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }

    /// <summary>Set by the prompt or by a validator (before returning false) to choose the retry text.</summary>
    public string? ErrorCode { get; set; }

    public Dictionary<string, string>? ErrorArgs { get; set; }

    public static PromptRecognizerResult<T> Success(T value) => new() { Succeeded = true, Value = value };

    public static PromptRecognizerResult<T> Failure(string errorCode, Dictionary<string, string>? errorArgs = null) =>
        new() { ErrorCode = errorCode, ErrorArgs = errorArgs };
}
