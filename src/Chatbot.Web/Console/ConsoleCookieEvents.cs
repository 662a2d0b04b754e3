using Chatbot.Core.Ports;
using Chatbot.Desk;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The sign-in cookie's events (one cookie for the console's pages and /api, registered in
/// <see cref="Extensions.SignInExtensions"/>):
/// <list type="bullet">
/// <item>On every request the account must still exist, be active and have the security stamp the session signed in
/// with: switching an account off, or changing or resetting its password, ends its (other) sessions at once. A changed
/// role is written into the cookie. An account that must change its password is marked for <see cref="PasswordChangeGate"/>.</item>
/// <item>A request under /api without a session gets 401 and a forbidden one 403, never a redirect; a page goes to the
/// sign-in page, or, refused by its role, to the console's start (which sends each role to its own page; the sign-in
/// page would send a signed-in user straight back: a loop).</item>
/// <item>Every sign-in is written to the audit log (a session renewed after a password change is no new sign-in).</item>
/// </list>
/// </summary>
public sealed class ConsoleCookieEvents(IOperatorAccounts accounts, AuditTrail audit, ILogger<ConsoleCookieEvents> logger) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
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

    public override async Task SignedIn(CookieSignedInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userName = context.Principal is null ? null : ConsolePrincipal.UserName(context.Principal);
        if (userName is null || ConsoleSessions.IsRenewal(context.HttpContext)) return;
        try
        {
            await audit.RecordAsync(userName, AuditActions.SignIn, cancellationToken: context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The sign-in of {UserName} could not be written to the audit log", userName);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsApi(context.Request)) return base.RedirectToLogin(context);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsApi(context.Request)) context.Response.StatusCode = StatusCodes.Status403Forbidden;
        else context.Response.Redirect(ConsolePaths.Root);
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(ApiPaths.Root, StringComparison.OrdinalIgnoreCase);
}
