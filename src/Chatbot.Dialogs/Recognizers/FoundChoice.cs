namespace Chatbot.Dialogs.Recognizers;

/// <summary>The choice recognised in a message: its value and index, how sure (1.0 = exact) and which word matched.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
