using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// "Only when the answer to an earlier step is one of these values": a choice's value, or "yes"/"no" for a confirm step.
/// </summary>
public sealed class AnswerCondition
{
    public const string Yes = "yes";
    public const string No = "no";

    [JsonRequired]
    public string Field { get; init; } = string.Empty;

    [JsonRequired]
    public IReadOnlyList<string> In { get; init; } = [];

    /// <summary>True when the answers so far meet the condition (an unanswered field does not).</summary>
    public bool IsMet(IReadOnlyDictionary<string, object?> answers) =>
        answers.TryGetValue(Field, out var value) && ValueOf(value) is { } text && In.Contains(text, StringComparer.Ordinal);

    private static string? ValueOf(object? answer) => answer switch
    {
        bool b => b ? Yes : No,
        Recognizers.FoundChoice choice => choice.Value,
        string s => s,
        _ => null,
    };
}
