using System.Globalization;
using Chatbot.Core.Activation;
using Chatbot.Core.Identity;

namespace Bench.Seats;

/// <summary>
/// Distinct, valid citizens: citizen i has NIK 367201 + a birth date (one more day every 9,999 citizens) + serial
/// i % 9999 + 1, and the WhatsApp number +62812 + i (8 digits). Every phase takes its own range.
/// </summary>
internal sealed class Citizens(DateTimeOffset now)
{
    private static readonly DateOnly FirstBirthDate = new(1980, 1, 1);
    private readonly DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
    private int next;

    /// <summary>The next <paramref name="count"/> citizens' numbers, for one phase.</summary>
    public int Take(int count) => Interlocked.Add(ref next, count) - count;

    public Nik Nik(int citizen)
    {
        var birth = FirstBirthDate.AddDays(citizen / 9999);
        var digits = "367201" + birth.ToString("ddMMyy", CultureInfo.InvariantCulture)
            + (citizen % 9999 + 1).ToString("D4", CultureInfo.InvariantCulture);
        return Chatbot.Core.Identity.Nik.Parse(digits, today);
    }

    public static string Phone(int citizen) => "+62812" + citizen.ToString("D8", CultureInfo.InvariantCulture);

    public ActivationBooking Draft(int citizen, ActivationSession session, DateTimeOffset bookedAt) => new()
    {
        Code = BookingCode.New(),
        SessionId = session.Id,
        Nik = Nik(citizen),
        FullName = "Budi Santoso",
        Phone = Phone(citizen),
        BookedAt = bookedAt,
    };

    /// <summary>Both reminders, as a booking days ahead gets them (<see cref="ReminderSchedule"/>).</summary>
    public static IReadOnlyList<ScheduledReminder> Reminders(ActivationSession session) =>
        [new(ReminderKind.DayBefore, session.StartsAt.AddDays(-1)), new(ReminderKind.HoursBefore, session.StartsAt - ReminderSchedule.HoursBefore)];

    public static ActivationSession Session(int seats, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now) => new()
    {
        Id = ActivationSession.NewId(),
        AreaId = "cilegon-ciwandan",
        PlaceKind = SessionPlaceKind.Kecamatan,
        Place = "Aula Kecamatan Ciwandan, Jl. Raya Anyer",
        StartsAt = startsAt,
        EndsAt = endsAt,
        Officers = Enumerable.Range(1, 10).Select(i => $"petugas{i}").ToList(),
        PeoplePerOfficer = seats % 10 == 0 ? seats / 10 : throw new ArgumentException("seats: a multiple of 10 (10 officers)", nameof(seats)),
        CreatedBy = "bench",
        CreatedAt = now,
    };
}
