namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// One service's vocabulary: its names in every language and the words/phrases citizens use (slang, abbreviations,
/// misspellings). A phrase counts only when all its words are in the message, so give a service its bare key word
/// ("kk", "akta") when that word alone should lead to it.
/// </summary>
public sealed record ServiceVocabulary(string ServiceId, IReadOnlyList<string> Phrases);
