using Chatbot.Core.Accounts;
using Microsoft.AspNetCore.Authentication;

namespace Chatbot.Web.OperatorConsole;

/// <summary>Issuing the console cookie: at sign-in, and again for the same session after its password changed.</summary>
public static class ConsoleSessions
{
    private static readonly object RenewalKey = new();

    public static Task SignInAsync(HttpContext httpContext, OperatorAccount account) =>
        httpContext.SignInAsync(
            ConsoleAuthentication.Scheme,
            ConsolePrincipal.Create(account),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });

    /// <summary>
    /// After a password change: this session carries the account's new security stamp, so it goes on while every other
    /// one ends. Not a new sign-in (<see cref="IsRenewal"/>: not audited as one). The rest of this request acts as the
    /// renewed session too (an antiforgery token made now is valid for it).
    /// </summary>
    public static async Task RenewAsync(HttpContext httpContext, OperatorAccount account)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Items[RenewalKey] = true;
        await SignInAsync(httpContext, account);
        httpContext.User = ConsolePrincipal.Create(account);
    }

    public static bool IsRenewal(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Items.ContainsKey(RenewalKey);
    }
}
