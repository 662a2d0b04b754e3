namespace Chatbot.Dialogs.Catalog;

/// <summary>What a global word asks for.</summary>
public enum GlobalWord
{
    /// <summary>Show the main menu (leaves an unfinished flow set aside).</summary>
    Menu,

    /// <summary>Cancel the flow in progress.</summary>
    Cancel,

    /// <summary>List the citizen's cases.</summary>
    Status,

    /// <summary>Talk to an operator.</summary>
    Agent,

    Help,

    /// <summary>Switch to English ("en").</summary>
    English,

    /// <summary>Switch to Bahasa Indonesia ("id").</summary>
    Bahasa,
}
