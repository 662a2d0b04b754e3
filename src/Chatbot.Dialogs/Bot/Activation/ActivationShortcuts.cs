using Chatbot.Core.Activation;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// Codes a citizen may type instead of a menu number: an invitation code ("UND-4KX9PZ") claims a seat of their
/// institution at once, a booking code ("IKD-K7MQ2X") opens the IKD option (which shows the number's booking). The
/// prefix must be typed: six bare letters are too likely to be something else.
/// </summary>
public static class ActivationShortcuts
{
    private const string InvitationValue = "ikd-invitation:";

    /// <summary>The menu choice a typed code stands for, or null.</summary>
    public static FoundChoice? Recognize(string? text, string activationServiceId)
    {
        var compact = new string((text ?? string.Empty).Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        if (compact.StartsWith(InvitationCode.Prefix, StringComparison.Ordinal) && InvitationCode.TryParse(compact, out var invitation))
        {
            return new FoundChoice(InvitationValue + invitation, -1, 1.0);
        }

        return compact.StartsWith(BookingCode.Prefix, StringComparison.Ordinal) && BookingCode.TryParse(compact, out _)
            ? new FoundChoice(activationServiceId, -1, 1.0)
            : null;
    }

    /// <summary>The invitation code of a choice made by <see cref="Recognize"/>, or null.</summary>
    public static string? InvitationOf(string choice) =>
        choice.StartsWith(InvitationValue, StringComparison.Ordinal) ? choice[InvitationValue.Length..] : null;
}
