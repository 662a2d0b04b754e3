using Chatbot.Core.Identity;

namespace Chatbot.Dialogs.Prompts;

/// <summary>A No. KK (Core rules, issue date not after the office's today); error codes "noKk.*" of <see cref="PromptErrors"/>.</summary>
public sealed class NoKkPrompt(string dialogId, PromptValidator<NoKk>? validator = null) : RegistryNumberPrompt<NoKk, NoKkError>(dialogId, "noKk", validator)
{
    protected override NoKkError NotDigits => NoKkError.NotDigits;

    protected override bool TryParse(string? text, DateOnly today, out NoKk value, out NoKkError error) => NoKk.TryParse(text, today, out value, out error);
}
