using Chatbot.Core.Routing;
using Newtonsoft.Json;

namespace Chatbot.Redis.Routing;

/// <summary>A work item as routing.lua stores it (short names; the script reads and writes the same fields).</summary>
internal sealed class ItemRecord
{
    [JsonProperty("k")] public string Key { get; set; } = string.Empty;
    [JsonProperty("kind")] public string Kind { get; set; } = string.Empty;
    [JsonProperty("id")] public string Id { get; set; } = string.Empty;
    [JsonProperty("q")] public string Queue { get; set; } = string.Empty;
    [JsonProperty("svc")] public string Service { get; set; } = string.Empty;
    [JsonProperty("area")] public string? Area { get; set; }
    [JsonProperty("pr")] public int Priority { get; set; }
    [JsonProperty("sc")] public string Score { get; set; } = "0";
    [JsonProperty("since")] public long Since { get; set; }
    [JsonProperty("st")] public string State { get; set; } = "w";
    [JsonProperty("op")] public string? Operator { get; set; }
    [JsonProperty("oid")] public string? OfferId { get; set; }
    [JsonProperty("dl")] public long? Deadline { get; set; }
    [JsonProperty("at")] public long? AssignedAt { get; set; }
    [JsonProperty("src")] public int FromSource { get; set; }
    [JsonProperty("ret")] public int Returned { get; set; }
    [JsonProperty("esc")] public int Escalated { get; set; }
    [JsonProperty("fr")] public long? FirstResponse { get; set; }
    [JsonProperty("ps")] public long? PausedSince { get; set; }
    [JsonProperty("pm")] public long PausedMs { get; set; }
    [JsonProperty("rb")] public int ResolutionBreached { get; set; }

    public const string CaseKind = "case";
    public const string ConversationKind = "conv";

    public static string KindOf(WorkItemKind kind) => kind == WorkItemKind.Case ? CaseKind : ConversationKind;

    public static ItemRecord From(WorkItem item) => new()
    {
        Key = item.Ref.Key,
        Kind = KindOf(item.Ref.Kind),
        Id = item.Ref.Id,
        Queue = item.Queue,
        Service = item.Service,
        Area = item.Area,
        Priority = item.Priority,
        Score = RoutingTime.Score(item.Priority, item.WaitingSince),
        Since = item.WaitingSince.ToUnixTimeMilliseconds(),
        FromSource = item.FromSource ? 1 : 0,
    };

    public WorkItem ToWorkItem() => new()
    {
        Ref = new WorkItemRef(Kind == CaseKind ? WorkItemKind.Case : WorkItemKind.Conversation, Id),
        Queue = Queue,
        Service = Service,
        Area = Area,
        Priority = Priority,
        WaitingSince = RoutingTime.FromMs(Since),
        State = State switch { "o" => WorkItemState.Offered, "a" => WorkItemState.Assigned, _ => WorkItemState.Waiting },
        Operator = Operator,
        OfferId = OfferId,
        OfferDeadline = RoutingTime.FromMs(Deadline),
        AssignedAt = RoutingTime.FromMs(AssignedAt),
        FromSource = FromSource == 1,
        Returned = Returned == 1,
        Escalated = Escalated == 1,
        FirstResponseAt = RoutingTime.FromMs(FirstResponse),
        PausedSince = RoutingTime.FromMs(PausedSince),
        PausedWorkingTime = TimeSpan.FromMilliseconds(PausedMs),
        ResolutionBreached = ResolutionBreached == 1,
    };
}

/// <summary>An operator as routing.lua stores them.</summary>
internal sealed class OperatorRecord
{
    [JsonProperty("u")] public string UserName { get; set; } = string.Empty;
    [JsonProperty("name")] public string? DisplayName { get; set; }
    [JsonProperty("pres")] public string Presence { get; set; } = nameof(Core.Routing.Presence.Offline);
    [JsonProperty("psince")] public long PresenceSince { get; set; }
    [JsonProperty("cap")] public int Capacity { get; set; }
    [JsonProperty("load")] public int Load { get; set; }
    [JsonProperty("skills")] public string Skills { get; set; } = ",";
    [JsonProperty("sup")] public int Supervisor { get; set; }
    [JsonProperty("idle")] public long IdleSince { get; set; }
    [JsonProperty("oid")] public string? OfferId { get; set; }
    [JsonProperty("oi")] public string? OfferItem { get; set; }

    public OperatorStatus ToStatus()
    {
        var skills = Skills.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (Supervisor == 1 && !skills.Contains(RoutingQueues.Supervisor)) skills.Add(RoutingQueues.Supervisor);
        return new OperatorStatus
        {
            UserName = UserName,
            DisplayName = DisplayName,
            Presence = Enum.TryParse<Presence>(Presence, out var presence) ? presence : Core.Routing.Presence.Offline,
            PresenceSince = RoutingTime.FromMs(PresenceSince),
            Capacity = Capacity,
            Load = Load,
            Skills = skills,
            IsSupervisor = Supervisor == 1,
            IdleSince = RoutingTime.FromMs(IdleSince),
            PendingOfferId = OfferId,
            PendingOfferItem = WorkItemRef.TryParse(OfferItem, out var item) ? item : null,
        };
    }

    /// <summary>Skills as the script matches them: ",q1,q2,".</summary>
    public static string JoinSkills(IEnumerable<string> skills) => "," + string.Join(',', skills.Where(s => s.Length > 0)) + ",";
}

internal static class RoutingTime
{
    public static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? FromMs(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;

    public static string Score(int priority, DateTimeOffset since) =>
        WorkItemOrder.Score(priority, since).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal static class RoutingJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
    };

    public static string Serialize<T>(T value) => JsonConvert.SerializeObject(value, Settings);

    public static T Deserialize<T>(string json) => JsonConvert.DeserializeObject<T>(json, Settings)!;
}
