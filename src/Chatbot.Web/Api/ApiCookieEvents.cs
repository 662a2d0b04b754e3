using Chatbot.Core.Ports;
using Chatbot.Desk;
using Chatbot.Web.OperatorConsole;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Chatbot.Web.Api;

/// <summary>
/// The console cookie's events with the API's needs added: a request under /api without a session gets 401 and a
/// forbidden one 403 (never a redirect to the sign-in page), and every sign-in is written to the audit log (a session renewed after a password change is no new sign-in). The
/// console's own checks (the account still exists and is active, its role) run unchanged.
/// </summary>
public sealed class ApiCookieEvents(ConsoleCookieEvents console, AuditTrail audit, ILogger<ApiCookieEvents> logger) : CookieAuthenticationEvents
{
    public override Task ValidatePrincipal(CookieValidatePrincipalContext context) => console.ValidatePrincipal(context);

    public override async Task SignedIn(CookieSignedInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await console.SignedIn(context);
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
        if (!IsApi(context.Request)) return console.RedirectToLogin(context);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsApi(context.Request)) return console.RedirectToAccessDenied(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(ApiPaths.Root, StringComparison.OrdinalIgnoreCase);
}
