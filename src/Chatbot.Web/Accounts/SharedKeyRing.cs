using Chatbot.Redis;
using Microsoft.AspNetCore.DataProtection;

namespace Chatbot.Web.Accounts;

/// <summary>
/// Data Protection's key ring kept in Redis instead of each machine's disk: every instance can read the sign-in
/// cookies and antiforgery tokens of every other, so an operator stays signed in whichever instance answers.
/// </summary>
public static class SharedKeyRing
{
    /// <summary>Isolates this product's payloads from any other app sharing the key ring; changing it ends every session.</summary>
    public const string ApplicationName = "layanan-adminduk";

    public static IServiceCollection AddSharedKeyRing(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToChatbotRedis();
        return services;
    }
}
