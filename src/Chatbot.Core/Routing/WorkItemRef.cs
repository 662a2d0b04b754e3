using Chatbot.Core.Identity;

namespace Chatbot.Core.Routing;

/// <summary>
/// The identity of a work item: a case (by its code without dash, "ABC234") or a conversation (by its id, the citizen's
/// number). <see cref="Key"/> is the stored form ("case:ABC234", "conv:+62…"); <see cref="ToString"/> masks a number so
/// that a log line never carries a full phone number.
/// </summary>
public readonly record struct WorkItemRef(WorkItemKind Kind, string Id)
{
    private const string CasePrefix = "case:";
    private const string ConversationPrefix = "conv:";

    public string Key => (Kind == WorkItemKind.Case ? CasePrefix : ConversationPrefix) + Id;

    public static WorkItemRef ForCase(string code) => new(WorkItemKind.Case, code);

    public static WorkItemRef ForConversation(string conversationId) => new(WorkItemKind.Conversation, conversationId);

    public static bool TryParse(string? key, out WorkItemRef item)
    {
        item = default;
        if (string.IsNullOrEmpty(key)) return false;
        if (key.StartsWith(CasePrefix, StringComparison.Ordinal) && key.Length > CasePrefix.Length)
        {
            item = ForCase(key[CasePrefix.Length..]);
            return true;
        }

        if (key.StartsWith(ConversationPrefix, StringComparison.Ordinal) && key.Length > ConversationPrefix.Length)
        {
            item = ForConversation(key[ConversationPrefix.Length..]);
            return true;
        }

        return false;
    }

    public static WorkItemRef Parse(string key) =>
        TryParse(key, out var item) ? item : throw new FormatException("Not a work item key (case:… or conv:…).");

    /// <summary>Safe for logs: a case as its code, a conversation with the middle of the number hidden.</summary>
    public override string ToString() => Kind == WorkItemKind.Case
        ? CasePrefix + Id
        : ConversationPrefix + (Id is { Length: > 8 } ? Masking.Middle(Id, 6, 3) : "***");
}
