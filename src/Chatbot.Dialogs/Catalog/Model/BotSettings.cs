using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>dialogs/bot.json: the office, languages, idle expiry, global words, queues and working hours.</summary>
public sealed class BotSettings
{
    /// <summary>Shown to citizens, e.g. "Disdukcapil Kota Cilegon".</summary>
    [JsonRequired]
    public string Office { get; init; } = string.Empty;

    /// <summary>Language of a new conversation and the fallback for a missing text ("id").</summary>
    [JsonRequired]
    public string DefaultLanguage { get; init; } = string.Empty;

    /// <summary>After this pause an unfinished flow is set aside and offered for resumption.</summary>
    [JsonRequired]
    public int IdleExpiryMinutes { get; init; }

    /// <summary>IANA id, e.g. "Asia/Jakarta" (WIB).</summary>
    [JsonRequired]
    public string TimeZone { get; init; } = string.Empty;

    /// <summary>Global words per language; a citizen's word is recognised whatever the conversation's language.</summary>
    [JsonRequired]
    public IReadOnlyDictionary<string, GlobalWords> Words { get; init; } = new Dictionary<string, GlobalWords>();

    /// <summary>Queue of "Bicara dengan petugas" (talk to an operator).</summary>
    [JsonRequired]
    public string AgentQueue { get; init; } = string.Empty;

    /// <summary>Per queue: how long an operator needs per case and how many are on duty (for the wait estimate).</summary>
    [JsonRequired]
    public IReadOnlyDictionary<string, QueueSettings> Queues { get; init; } = new Dictionary<string, QueueSettings>();

    [JsonRequired]
    public WeeklyHours WorkingHours { get; init; } = new();

    /// <summary>Public holidays and other closed days, "yyyy-MM-dd".</summary>
    public IReadOnlyList<string> ClosedDates { get; init; } = [];

    /// <summary>Words that mark a question about requirements, or about fees and brokers (any language).</summary>
    [JsonRequired]
    public BotIntents Intents { get; init; } = new();

    /// <summary>Where citizens complain about fees or brokers, e.g. "SP4N-LAPOR! (www.lapor.go.id)".</summary>
    [JsonRequired]
    public string ComplaintChannel { get; init; } = string.Empty;

    [JsonIgnore]
    public TimeSpan IdleExpiry => TimeSpan.FromMinutes(IdleExpiryMinutes);
}
