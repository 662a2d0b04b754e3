namespace Chatbot.Dialogs.Prompts;

/// <summary>Extra rules on top of recognition; return false to ask again (set Recognized.ErrorCode to choose the text).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> ctx, CancellationToken ct);
