using Chatbot.Core.Ports;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// On every request with a console cookie, the account must still exist, be active and have the security stamp the
/// session signed in with: switching an account off, or changing or resetting its password, ends its (other) sessions at
/// once. A changed role is written into the cookie. An account that must change its password is marked for
/// <see cref="PasswordChangeGate"/>.
/// </summary>
public sealed class ConsoleCookieEvents(IOperatorAccounts accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var userName = context.Principal is null ? null : ConsolePrincipal.UserName(context.Principal);
        var account = userName is null ? null : await accounts.FindAsync(userName, context.HttpContext.RequestAborted);
        if (account is null || !account.Active || !ConsolePrincipal.HasStampOf(context.Principal!, account))
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

        if (account.MustChangePassword) PasswordChangeGate.MarkRequired(context.HttpContext);
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
