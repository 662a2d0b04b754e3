namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>Every dialog and prompt of IKD activation booking, to add to the bot's dialog set.</summary>
public sealed class ActivationDialogs(ActivationDialog entry, EligibilityDialog eligibility, BookingDialog booking, ManageDialog manage, InvitationDialog invitation)
{
    public IEnumerable<Dialog> All()
    {
        yield return entry;
        yield return eligibility;
        yield return booking;
        yield return manage;
        yield return invitation;
        yield return invitation.CodePrompt();
        foreach (var prompt in ActivationPrompts.Create()) yield return prompt;
    }
}
