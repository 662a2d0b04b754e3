using Chatbot.Core.Ports;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// On every request with a console cookie, the account must still exist and be active: switching an account off ends
/// its sessions at once. A changed role is written into the cookie.
/// </summary>
public sealed class ConsoleCookieEvents(IOperatorAccounts accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var userName = context.Principal is null ? null : ConsolePrincipal.UserName(context.Principal);
        var account = userName is null ? null : await accounts.FindAsync(userName, context.HttpContext.RequestAborted);
        if (account is null || !account.Active)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ConsoleAuthentication.Scheme);
            return;
        }

        if (!context.Principal!.IsInRole(account.Role.ToString()))
        {
            context.ReplacePrincipal(ConsolePrincipal.Create(account));
            context.ShouldRenew = true;
        }
    }

    /// <summary>
    /// A signed-in account refused a console page by its role goes to the console's start, which sends each role to its
    /// own page (the sign-in page would send a signed-in user straight back: a loop).
    /// </summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Redirect(ConsolePaths.Root);
        return Task.CompletedTask;
    }
}
