using System.Globalization;
using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Browser.Tests.Infrastructure;

/// <summary>
/// Citizens' side of IKD activation for the console tests: a seat booked or an invitation claimed, written through the
/// service's own Redis stores (the same ones its WhatsApp dialogs use) into the running service's Redis and key prefix.
/// The console then sees them as it would see a citizen's booking. One per test; dispose it.
/// </summary>
public sealed class IkdCitizens : IAsyncDisposable
{
    private static int serial;
    private readonly ServiceProvider provider;

    private IkdCitizens(ServiceProvider provider) => this.provider = provider;

    public static IkdCitizens Connect(ConsoleEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(environment.Settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value))
            .Build();
        var services = new ServiceCollection().AddLogging().AddChatbotRedis(configuration);
        return new IkdCitizens(services.BuildServiceProvider());
    }

    private IActivationBookings Bookings => provider.GetRequiredService<IActivationBookings>();

    /// <summary>Books a seat at the session for the NIK; returns the booking code ("IKD-XXXXXX").</summary>
    public async Task<string> BookAsync(string sessionId, string nik, string fullName)
    {
        var result = await Bookings.BookAsync(Draft(sessionId, nik, fullName), []);
        Assert.True(result.Succeeded, $"Booking {nik} at {sessionId}: {result.Outcome}");
        return result.Booking!.Code.ToString();
    }

    /// <summary>Claims a seat of the group booking with its invitation code ("UND-XXXXXX"); returns the booking code.</summary>
    public async Task<string> ClaimAsync(string invitation, string nik, string fullName)
    {
        Assert.True(InvitationCode.TryParse(invitation, out var code), "Not an invitation code: " + invitation);
        var result = await Bookings.ClaimAsync(code, Draft(string.Empty, nik, fullName), []);
        Assert.True(result.Succeeded, $"Claiming {invitation} for {nik}: {result.Outcome}");
        return result.Booking!.Code.ToString();
    }

    private static ActivationBooking Draft(string sessionId, string nik, string fullName) => new()
    {
        Code = BookingCode.New(),
        SessionId = sessionId,
        Nik = Nik.Parse(nik, DateOnly.FromDateTime(DateTime.UtcNow)),
        FullName = fullName,
        Phone = string.Create(CultureInfo.InvariantCulture, $"+62878{Environment.ProcessId % 10000:0000}{Interlocked.Increment(ref serial):0000}"),
        BookedAt = DateTimeOffset.UtcNow,
    };

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
