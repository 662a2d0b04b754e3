using Chatbot.Core.Identity;

namespace Chatbot.Dialogs.Prompts;

/// <summary>A NIK (Core rules, birth date checked against the office's today); error codes "nik.*" of <see cref="PromptErrors"/>.</summary>
public sealed class NikPrompt(string dialogId, PromptValidator<Nik>? validator = null) : RegistryNumberPrompt<Nik, NikError>(dialogId, "nik", validator)
{
    protected override NikError NotDigits => NikError.NotDigits;

    protected override bool TryParse(string? text, DateOnly today, out Nik value, out NikError error) => Nik.TryParse(text, today, out value, out error);
}
