using Chatbot.Core.Activation;
using Chatbot.Redis.Json;
using Newtonsoft.Json;

namespace Chatbot.Redis.Activation;

/// <summary>A session as the ikd scripts store it (short names; see ikd-lib.lua). Officers are json text inside it.</summary>
internal sealed class SessionRecord
{
    [JsonProperty("id")] public string Id { get; set; } = string.Empty;
    [JsonProperty("area")] public string AreaId { get; set; } = string.Empty;
    [JsonProperty("pk")] public string PlaceKind { get; set; } = string.Empty;
    [JsonProperty("place")] public string Place { get; set; } = string.Empty;
    [JsonProperty("sa")] public long StartsAt { get; set; }
    [JsonProperty("ea")] public long EndsAt { get; set; }
    [JsonProperty("off")] public string Officers { get; set; } = "[]";
    [JsonProperty("ppo")] public int PeoplePerOfficer { get; set; }
    [JsonProperty("cap")] public int Capacity { get; set; }
    [JsonProperty("res")] public string? ReservedFor { get; set; }
    [JsonProperty("st")] public string Status { get; set; } = nameof(SessionStatus.Open);
    [JsonProperty("tk")] public int Taken { get; set; }
    [JsonProperty("cb")] public string CreatedBy { get; set; } = string.Empty;
    [JsonProperty("cat")] public long CreatedAt { get; set; }
    [JsonProperty("uat")] public long? UpdatedAt { get; set; }

    public static string Json(ActivationSession session) => RedisJson.Serialize(new SessionRecord
    {
        Id = session.Id,
        AreaId = session.AreaId,
        PlaceKind = session.PlaceKind.ToString(),
        Place = session.Place,
        StartsAt = IkdTime.Ms(session.StartsAt),
        EndsAt = IkdTime.Ms(session.EndsAt),
        Officers = RedisJson.Serialize(session.Officers),
        PeoplePerOfficer = session.PeoplePerOfficer,
        Capacity = session.Capacity,
        ReservedFor = session.ReservedFor,
        CreatedBy = session.CreatedBy,
        CreatedAt = IkdTime.Ms(session.CreatedAt),
        UpdatedAt = session.UpdatedAt is { } updated ? IkdTime.Ms(updated) : null,
    });

    public static ActivationSession? Read(string? json) => json is null ? null : RedisJson.Deserialize<SessionRecord>(json).ToSession();

    public ActivationSession ToSession() => new()
    {
        Id = Id,
        AreaId = AreaId,
        PlaceKind = Enum.Parse<SessionPlaceKind>(PlaceKind),
        Place = Place,
        StartsAt = IkdTime.At(StartsAt),
        EndsAt = IkdTime.At(EndsAt),
        Officers = RedisJson.Deserialize<List<string>>(Officers),
        PeoplePerOfficer = PeoplePerOfficer,
        ReservedFor = ReservedFor,
        Status = Enum.Parse<SessionStatus>(Status),
        Taken = Taken,
        CreatedBy = CreatedBy,
        CreatedAt = IkdTime.At(CreatedAt),
        UpdatedAt = IkdTime.At(UpdatedAt),
    };
}
