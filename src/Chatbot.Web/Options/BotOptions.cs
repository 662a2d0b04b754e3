namespace Chatbot.Web.Options;

/// <summary>Settings of the "Bot" configuration section.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Folder of the conversations as data; a relative path is looked up from the content root upwards (the repository's dialogs/).</summary>
    public string DialogsPath { get; set; } = "dialogs";

    /// <summary>Language of a new conversation: "id" (Bahasa Indonesia) or "en".</summary>
    public string DefaultLanguage { get; set; } = "id";
}
