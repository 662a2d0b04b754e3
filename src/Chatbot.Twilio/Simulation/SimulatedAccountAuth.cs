using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Chatbot.Twilio.Simulation;

/// <summary>Checks the fake Messages API's caller as Twilio does: HTTP Basic AccountSid:AuthToken, and the account in the path.</summary>
public static class SimulatedAccountAuth
{
    public static bool IsAuthorized(string? authorizationHeader, string pathAccountSid, TwilioOptions options)
    {
        if (!AuthenticationHeaderValue.TryParse(authorizationHeader, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
            return false;

        byte[] presented;
        try
        {
            presented = Convert.FromBase64String(header.Parameter);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes(options.AccountSid + ":" + options.AuthToken);
        return CryptographicOperations.FixedTimeEquals(presented, expected)
               && string.Equals(pathAccountSid, options.AccountSid, StringComparison.Ordinal);
    }
}
