namespace Chatbot.Dialogs.Bot;

/// <summary>Results a child dialog hands back to ask something of its parent.</summary>
public static class DialogResults
{
    /// <summary>"Kembali ke menu": the parent shows the main menu again (without the greeting).</summary>
    public const string BackToMenu = "back-to-menu";

    public static bool IsBackToMenu(object? result) => result is BackToMenu;
}
