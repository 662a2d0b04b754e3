using System.Security.Claims;
using Chatbot.Core.Accounts;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// What the console cookie carries: the account's user name, role and security stamp (a random value that changes with
/// the password), nothing else (no password, no hash).
/// </summary>
public static class ConsolePrincipal
{
    public const string SecurityStampClaim = "adminduk.stamp";

    public static ClaimsPrincipal Create(OperatorAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        List<Claim> claims = [new Claim(ClaimTypes.Name, account.UserName), new Claim(ClaimTypes.Role, account.Role.ToString())];
        if (account.SecurityStamp is { } stamp) claims.Add(new Claim(SecurityStampClaim, stamp));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ConsoleAuthentication.Scheme));
    }

    /// <summary>Whether the session was signed in with the account's current security stamp (both absent on old accounts).</summary>
    public static bool HasStampOf(ClaimsPrincipal principal, OperatorAccount account)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(account);
        return principal.FindFirstValue(SecurityStampClaim) == account.SecurityStamp;
    }

    public static string? UserName(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.Name) : null;
}
