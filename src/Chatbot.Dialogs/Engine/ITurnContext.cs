using Chatbot.Core.Conversations;

namespace Chatbot.Dialogs;

/// <summary>Everything a dialog sees of one turn: the incoming activity, the conversation record, the clock and what was said back.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    ConversationState Conversation { get; }

    DateTimeOffset Now { get; }

    /// <summary>The office's calendar date (Asia/Jakarta by default): "hari ini" means the citizen's today, not UTC's.</summary>
    DateOnly Today { get; }

    /// <summary>Replies of this turn, in order; the caller commits them together with the state.</summary>
    IReadOnlyList<Activity> Responses { get; }

    IDictionary<string, object> TurnState { get; }

    /// <summary>Optional services (e.g. IMediaProbe); may be null in tests and simple hosts.</summary>
    IServiceProvider? Services { get; }

    Task SendActivityAsync(string text, CancellationToken ct = default);

    Task SendActivityAsync(Activity a, CancellationToken ct = default);
}
