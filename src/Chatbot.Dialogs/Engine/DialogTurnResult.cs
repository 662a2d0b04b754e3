namespace Chatbot.Dialogs;

/// <summary>What a dialog operation left behind: still waiting, finished with a result, or nothing active.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
