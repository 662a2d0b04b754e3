using Chatbot.Core.Conversations;

namespace Chatbot.Dialogs;

/// <summary>
/// The turn context of the engine. It only collects replies in memory: the caller commits them with the state in one
/// atomic write, so a crash mid-turn never sends half a conversation.
/// </summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<Activity> _responses = [];
    private readonly TimeZoneInfo _timeZone;

    public TurnContext(
        Activity activity,
        ConversationState conversation,
        DateTimeOffset? now = null,
        TimeZoneInfo? timeZone = null,
        IServiceProvider? services = null)
    {
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
        Conversation = conversation ?? throw new ArgumentNullException(nameof(conversation));
        Now = now ?? DateTimeOffset.UtcNow;
        _timeZone = timeZone ?? OfficeTimeZone.Wib;
        Services = services;
    }

    public Activity Activity { get; }

    public ConversationState Conversation { get; }

    public DateTimeOffset Now { get; }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, _timeZone).DateTime);

    public IReadOnlyList<Activity> Responses => _responses;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>();

    public IServiceProvider? Services { get; }

    public Task SendActivityAsync(string text, CancellationToken ct = default) =>
        SendActivityAsync(Activity.CreateMessage(text), ct);

    public Task SendActivityAsync(Activity a, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ConversationId ??= Conversation.ConversationId;
        if (a.Timestamp == default) a.Timestamp = Now;
        _responses.Add(a);
        return Task.CompletedTask;
    }
}
