namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>What <see cref="ManageDialog"/> is begun with: the booking, and whether the office just moved its session.</summary>
public sealed class ManageRequest
{
    public string Code { get; set; } = string.Empty;

    /// <summary>The office changed the session's time or place: keep it, pick another, or cancel.</summary>
    public bool Changed { get; set; }
}
