using System.Globalization;
using System.Net.Http.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.Activation;

/// <summary>Sessions, bookings and accounts for the IKD API tests, made through the stores directly.</summary>
internal static class IkdTestData
{
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public const string Area = "ciwandan";

    /// <summary>A valid NIK of Cilegon (3672), distinct for each <paramref name="serial"/> (1–9999); born 15 August 1990.</summary>
    public static string Nik(int serial, int district = 1) =>
        "3672" + district.ToString("00", CultureInfo.InvariantCulture) + "150890" + serial.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>Today in office time plus <paramref name="days"/>, at <paramref name="hour"/>:00 WIB.</summary>
    public static DateTimeOffset At(int days, int hour = 9) =>
        new(DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Wib).DateTime).AddDays(days).ToDateTime(new TimeOnly(hour, 0)), Wib);

    public static async Task<ActivationSession> SessionAsync(
        ChatbotAppFactory app, int days = 3, int officers = 1, int perOfficer = 50, string? reservedFor = null, string area = Area)
    {
        var session = new ActivationSession
        {
            Id = ActivationSession.NewId(),
            AreaId = area,
            PlaceKind = SessionPlaceKind.Kecamatan,
            Place = "Aula Kecamatan Ciwandan",
            StartsAt = At(days, 8),
            EndsAt = At(days, 12),
            Officers = Enumerable.Range(1, officers).Select(i => "petugas" + i).ToList(),
            PeoplePerOfficer = perOfficer,
            ReservedFor = reservedFor,
            CreatedBy = "test",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await app.Get<IActivationSessions>().CreateAsync(session);
        return session;
    }

    public static ActivationBooking Draft(string sessionId, int serial, string? phone = null) => new()
    {
        Code = BookingCode.New(),
        SessionId = sessionId,
        Nik = Core.Identity.Nik.Parse(Nik(serial), DateOnly.FromDateTime(DateTime.UtcNow)),
        FullName = "Warga " + serial.ToString(CultureInfo.InvariantCulture),
        Phone = phone ?? "+62812" + (5000000 + serial).ToString(CultureInfo.InvariantCulture),
        BookedAt = DateTimeOffset.UtcNow,
    };

    public static async Task<ActivationBooking> BookAsync(ChatbotAppFactory app, string sessionId, int serial, string? phone = null)
    {
        var result = await app.Get<IActivationBookings>().BookAsync(Draft(sessionId, serial, phone), []);
        Assert.True(result.Succeeded, result.Outcome.ToString());
        return result.Booking!;
    }

    public static async Task<Institution> InstitutionAsync(ChatbotAppFactory app, string name)
    {
        var institution = new Institution(Institution.IdFromName(name)!, name);
        await app.Get<IInstitutions>().SaveAsync(institution);
        return institution;
    }

    /// <summary>A signed-in coordinator of <paramref name="institutionId"/>.</summary>
    public static async Task<ApiClient> CoordinatorAsync(ChatbotAppFactory app, string userName, string institutionId)
    {
        var password = await OperatorConsole.ConsoleTestAccounts.CreateAsync(app, userName, OperatorRole.Coordinator, userName + " HR", institutionId);
        return await ApiClient.SignInAsync(app, userName, password, OperatorRole.Coordinator);
    }

    /// <summary>A unique user name for one test.</summary>
    public static string Name(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..6];

    public static async Task<HttpResponseMessage> PutAsync(this ApiClient client, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", await client.TokenAsync());
        return await client.Http.SendAsync(request);
    }

    public static Nik ParseNik(string nik) => Core.Identity.Nik.Parse(nik, DateOnly.FromDateTime(DateTime.UtcNow));
}
