using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Redis.Json;
using Newtonsoft.Json;

namespace Chatbot.Redis.Activation;

/// <summary>
/// A group booking as the ikd scripts store it (short names; see ikd-lib.lua). The roster (names, NIKs) is json text
/// inside it, deleted with the record <see cref="ActivationStoreOptions.RetentionDays"/> after the session.
/// </summary>
internal sealed class GroupRecord
{
    [JsonProperty("c")] public string Code { get; set; } = string.Empty;
    [JsonProperty("s")] public string SessionId { get; set; } = string.Empty;
    [JsonProperty("inst")] public string InstitutionId { get; set; } = string.Empty;
    [JsonProperty("unit")] public string Unit { get; set; } = string.Empty;
    [JsonProperty("by")] public string Coordinator { get; set; } = string.Empty;
    [JsonProperty("seats")] public int Seats { get; set; }
    [JsonProperty("cl")] public int Claimed { get; set; }
    [JsonProperty("ros")] public string Roster { get; set; } = "[]";

    /// <summary>1 when cancelled; absent otherwise (Lua takes 0 for true).</summary>
    [JsonProperty("x")] public int? Cancelled { get; set; }

    [JsonProperty("cat")] public long CreatedAt { get; set; }

    public static string Json(GroupBooking group) => RedisJson.Serialize(new GroupRecord
    {
        Code = group.Code.Value,
        SessionId = group.SessionId,
        InstitutionId = group.InstitutionId,
        Unit = group.Unit,
        Coordinator = group.Coordinator,
        Seats = group.Seats,
        Roster = RedisJson.Serialize(group.Roster.Select(m => new RosterEntry(m.Name, m.Nik?.Value)).ToList()),
        CreatedAt = IkdTime.Ms(group.CreatedAt),
    });

    public static GroupBooking? Read(string? json) => json is null ? null : RedisJson.Deserialize<GroupRecord>(json).ToGroup();

    public GroupBooking ToGroup()
    {
        var createdOn = DateOnly.FromDateTime(IkdTime.At(CreatedAt).UtcDateTime);
        return new GroupBooking
        {
            Code = InvitationCode.TryParse(Code, out var code) ? code : throw new InvalidDataException("Stored group with an invalid code."),
            SessionId = SessionId,
            InstitutionId = InstitutionId,
            Unit = Unit,
            Coordinator = Coordinator,
            Seats = Seats,
            Claimed = Claimed,
            Roster = RedisJson.Deserialize<List<RosterEntry>>(Roster)
                .Select(e => new RosterMember(e.Name, e.Nik is not null && Nik.TryParse(e.Nik, createdOn, out var nik, out _) ? nik : null))
                .ToList(),
            Cancelled = Cancelled == 1,
            CreatedAt = IkdTime.At(CreatedAt),
        };
    }

    /// <summary>One roster line as stored.</summary>
    private sealed record RosterEntry(string Name, string? Nik);
}
