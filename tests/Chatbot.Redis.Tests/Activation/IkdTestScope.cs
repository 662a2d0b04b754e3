using System.Globalization;
using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Redis.Activation;
using Chatbot.Testing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>The six IKD stores over one test's key prefix, and builders of sessions, bookings and NIKs.</summary>
internal sealed class IkdTestScope : IDisposable
{
    /// <summary>Sessions are in 2030, so that records kept 90 days after them are far from expiring by the server's clock.</summary>
    public static readonly DateTimeOffset Now = new(2030, 3, 4, 8, 0, 0, TimeSpan.FromHours(7));

    private static int serial;

    private readonly RedisTestScope scope;

    public IkdTestScope(IRedisTopology redis, int retentionDays = 90)
    {
        scope = RedisTestScope.Create(redis);
        var options = Options.Create(new ActivationStoreOptions { RetentionDays = retentionDays });
        Sessions = new RedisActivationSessions(scope.Context, options);
        Bookings = new RedisActivationBookings(scope.Context, options);
        Groups = new RedisGroupBookings(scope.Context, options);
        Reminders = new RedisActivationReminders(scope.Context, options);
        Stats = new RedisActivationStats(scope.Context);
        Institutions = new RedisInstitutions(scope.Context);
    }

    public RedisActivationSessions Sessions { get; }

    public RedisActivationBookings Bookings { get; }

    public RedisGroupBookings Groups { get; }

    public RedisActivationReminders Reminders { get; }

    public RedisActivationStats Stats { get; }

    public RedisInstitutions Institutions { get; }

    public RedisKeys Keys => scope.Keys;

    public IDatabase Db => scope.Db;

    public RedisContext Context => scope.Context;

    /// <summary>A valid NIK of Cilegon (3672), district 01, born 15 Aug 1990, with a serial no other test uses.</summary>
    public static Nik NewNik() => NikWithSerial(Interlocked.Increment(ref serial) % 9999 + 1, "150890");

    public static Nik NikWithSerial(int number, string birthDigits = "150890") =>
        Nik.Parse("367201" + birthDigits + number.ToString("D4", CultureInfo.InvariantCulture), DateOnly.FromDateTime(Now.Date));

    public static ActivationSession Session(
        int officers = 1, int perOfficer = 5, DateTimeOffset? startsAt = null, string? reservedFor = null, string area = "cilegon-ciwandan") => new()
        {
            Id = ActivationSession.NewId(),
            AreaId = area,
            PlaceKind = SessionPlaceKind.Kecamatan,
            Place = "Aula Kecamatan Ciwandan, Jl. Raya Anyer",
            StartsAt = startsAt ?? Now.AddDays(3),
            EndsAt = (startsAt ?? Now.AddDays(3)).AddHours(3),
            Officers = Enumerable.Range(1, officers).Select(i => $"petugas{i}").ToList(),
            PeoplePerOfficer = perOfficer,
            ReservedFor = reservedFor,
            CreatedBy = "siti",
            CreatedAt = Now.AddDays(-1),
        };

    public async Task<ActivationSession> CreateSessionAsync(
        int officers = 1, int perOfficer = 5, DateTimeOffset? startsAt = null, string? reservedFor = null, string area = "cilegon-ciwandan")
    {
        var session = Session(officers, perOfficer, startsAt, reservedFor, area);
        await Sessions.CreateAsync(session);
        return session;
    }

    public static ActivationBooking Draft(string sessionId, Nik? nik = null, string? phone = null, DateTimeOffset? bookedAt = null) => new()
    {
        Code = BookingCode.New(),
        SessionId = sessionId,
        Nik = nik ?? NewNik(),
        FullName = "Budi Santoso",
        Phone = phone ?? TestData.NewPhone(),
        BookedAt = bookedAt ?? Now,
    };

    public static IReadOnlyList<ScheduledReminder> RemindersFor(ActivationSession session) =>
        [new(ReminderKind.DayBefore, session.StartsAt.AddDays(-1)), new(ReminderKind.HoursBefore, session.StartsAt.AddHours(-2))];

    public Task<BookingResult> BookAsync(ActivationSession session, Nik? nik = null, string? phone = null) =>
        Bookings.BookAsync(Draft(session.Id, nik, phone), RemindersFor(session));

    public async Task<int> TakenAsync(string sessionId) => (await Sessions.GetAsync(sessionId))!.Taken;

    public async Task<int> ClaimedAsync(InvitationCode code) => (await Groups.GetAsync(code))!.Claimed;

    /// <summary>The reminders stored for a booking, by kind, as the worker would find them.</summary>
    public async Task<Dictionary<string, long>> RemindersOfAsync(BookingCode code)
    {
        var entries = await Db.SortedSetRangeByScoreWithScoresAsync(Keys.IkdReminders);
        return entries.Where(e => e.Element.ToString().StartsWith(code.Value + "|", StringComparison.Ordinal))
            .ToDictionary(e => e.Element.ToString()[(code.Value.Length + 1)..], e => (long)e.Score);
    }

    public async Task<long> ActiveNikCountAsync() => await Db.HashLengthAsync(Keys.IkdActiveNiks);

    public static GroupBooking Group(ActivationSession session, int seats, string institution = "pt-sritex", params RosterMember[] roster) => new()
    {
        Code = InvitationCode.New(),
        SessionId = session.Id,
        InstitutionId = institution,
        Unit = "Bagian Tenun 2",
        Coordinator = "koordinator.sritex",
        Seats = seats,
        Roster = roster,
        CreatedAt = Now,
    };

    public static CheckIn Outcome(BookingStatus status, DateOnly? day = null, ActivationFailure? failure = null) =>
        new(status, failure, status == BookingStatus.Failed ? "HP tidak mendukung" : null, "petugas1", Now.AddDays(3), day ?? DateOnly.FromDateTime(Now.AddDays(3).Date));

    public void Dispose() => scope.Dispose();
}
