namespace Chatbot.Core.Activation;

/// <summary>
/// One IKD activation session: a place, a time, the officers who scan the citizens' QR codes, and as many seats as they
/// can handle (<see cref="Capacity"/> = officers × people per officer). Open to all, or reserved for one institution
/// (then only that institution's coordinator books its seats, for their people to claim with an invitation code).
/// </summary>
public sealed record ActivationSession
{
    /// <summary>"S" + 6 code characters (e.g. "SK7MQ2X"); stable, shown in the console.</summary>
    public required string Id { get; init; }

    /// <summary>The kecamatan id (dialogs/offices.json) the session counts for in the progress per area.</summary>
    public required string AreaId { get; init; }

    public required SessionPlaceKind PlaceKind { get; init; }

    /// <summary>Where exactly, as citizens read it: "Aula Kecamatan Ciwandan, Jl. …". Free text, always encoded when shown.</summary>
    public required string Place { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>Names of the officers on duty (console user names or free names); at least one.</summary>
    public required IReadOnlyList<string> Officers { get; init; }

    public required int PeoplePerOfficer { get; init; }

    /// <summary>Seats: officers × people per officer, fixed when the session is created or edited.</summary>
    public int Capacity => Officers.Count * PeoplePerOfficer;

    /// <summary>Institution id (<see cref="Institution.Id"/>) the session is reserved for; null when open to all.</summary>
    public string? ReservedFor { get; init; }

    public SessionStatus Status { get; init; } = SessionStatus.Open;

    /// <summary>Seats taken: citizens' own bookings plus every seat held by an institution's group booking. Kept by the store.</summary>
    public int Taken { get; init; }

    public int SeatsLeft => Math.Max(0, Capacity - Taken);

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public static string NewId() => "S" + Codes.ShortCode.Random(6);
}
