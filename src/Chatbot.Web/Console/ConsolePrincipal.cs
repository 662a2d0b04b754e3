using System.Security.Claims;
using Chatbot.Core.Accounts;

namespace Chatbot.Web.OperatorConsole;

/// <summary>What the console cookie carries: the account's user name and role, nothing else (no password, no hash).</summary>
public static class ConsolePrincipal
{
    public static ClaimsPrincipal Create(OperatorAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.UserName), new Claim(ClaimTypes.Role, account.Role.ToString())],
            ConsoleAuthentication.Scheme));
    }

    public static string? UserName(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.Name) : null;
}
