namespace Chatbot.Dialogs.Catalog;

/// <summary>The words of one language that work at any point of a conversation (whole message, any case).</summary>
public sealed class GlobalWords
{
    public IReadOnlyList<string> Menu { get; init; } = [];

    public IReadOnlyList<string> Cancel { get; init; } = [];

    public IReadOnlyList<string> Status { get; init; } = [];

    public IReadOnlyList<string> Agent { get; init; } = [];

    public IReadOnlyList<string> Help { get; init; } = [];

    public IReadOnlyList<string> English { get; init; } = [];

    public IReadOnlyList<string> Bahasa { get; init; } = [];

    public IReadOnlyList<string> Of(GlobalWord word) => word switch
    {
        GlobalWord.Menu => Menu,
        GlobalWord.Cancel => Cancel,
        GlobalWord.Status => Status,
        GlobalWord.Agent => Agent,
        GlobalWord.Help => Help,
        GlobalWord.English => English,
        GlobalWord.Bahasa => Bahasa,
        _ => [],
    };
}
