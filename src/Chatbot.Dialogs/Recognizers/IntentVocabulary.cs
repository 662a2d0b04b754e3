namespace Chatbot.Dialogs.Recognizers;

/// <summary>Words that mark a question about requirements, or about fees/brokers (from dialogs data, cat loads them).</summary>
public sealed record IntentVocabulary(IReadOnlyList<string> RequirementsQuestion, IReadOnlyList<string> FeesOrBrokers)
{
    public static IntentVocabulary None { get; } = new([], []);
}
