using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Redis.Json;
using Newtonsoft.Json;

namespace Chatbot.Redis.Activation;

/// <summary>
/// A booking as the ikd scripts store it (short names; see ikd-lib.lua). Holds the full NIK, the name and the phone:
/// it is deleted <see cref="ActivationStoreOptions.RetentionDays"/> after its session, and never logged.
/// </summary>
internal sealed class BookingRecord
{
    [JsonProperty("c")] public string Code { get; set; } = string.Empty;
    [JsonProperty("s")] public string SessionId { get; set; } = string.Empty;
    [JsonProperty("nik")] public string Nik { get; set; } = string.Empty;
    [JsonProperty("name")] public string FullName { get; set; } = string.Empty;
    [JsonProperty("ph")] public string Phone { get; set; } = string.Empty;
    [JsonProperty("lang")] public string Language { get; set; } = "id";
    [JsonProperty("g")] public string? Group { get; set; }
    [JsonProperty("st")] public string Status { get; set; } = nameof(BookingStatus.Booked);
    [JsonProperty("f")] public string? Failure { get; set; }
    [JsonProperty("n")] public string? Note { get; set; }
    [JsonProperty("ba")] public long BookedAt { get; set; }
    [JsonProperty("ca")] public long? ClosedAt { get; set; }
    [JsonProperty("cb")] public string? ClosedBy { get; set; }

    /// <summary>The office day and area the recorded outcome is counted for (a correction takes it back from there).</summary>
    [JsonProperty("cd")] public string? CountedDay { get; set; }

    public static string Json(ActivationBooking booking) => RedisJson.Serialize(new BookingRecord
    {
        Code = booking.Code.Value,
        SessionId = booking.SessionId,
        Nik = booking.Nik.Value,
        FullName = booking.FullName,
        Phone = booking.Phone,
        Language = booking.Language,
        Group = booking.Group?.Value,
        BookedAt = IkdTime.Ms(booking.BookedAt),
    });

    public static BookingRecord? Parse(string? json) => json is null ? null : RedisJson.Deserialize<BookingRecord>(json);

    public static ActivationBooking? Read(string? json) => Parse(json)?.ToBooking();

    public ActivationBooking ToBooking() => new()
    {
        Code = BookingCode.TryParse(Code, out var code) ? code : throw new InvalidDataException("Stored booking with an invalid code."),
        SessionId = SessionId,
        // Parsed as of the booking day: the century of the birth year is the one it was booked with.
        Nik = Core.Identity.Nik.TryParse(Nik, DateOnly.FromDateTime(IkdTime.At(BookedAt).UtcDateTime), out var nik, out _)
            ? nik
            : throw new InvalidDataException($"Stored booking {Code} with an invalid NIK."),
        FullName = FullName,
        Phone = Phone,
        Language = Language,
        Group = Group is null ? null : InvitationCode.TryParse(Group, out var group) ? group : throw new InvalidDataException($"Stored booking {Code} with an invalid group."),
        Status = Enum.Parse<BookingStatus>(Status),
        Failure = Failure is null ? null : Enum.Parse<ActivationFailure>(Failure),
        Note = Note,
        BookedAt = IkdTime.At(BookedAt),
        ClosedAt = IkdTime.At(ClosedAt),
        ClosedBy = ClosedBy,
    };
}
