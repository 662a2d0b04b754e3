using Chatbot.Web.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Chatbot.Web.OperatorConsole;

/// <summary>GET and POST /console/login, POST /console/logout.</summary>
public static class LoginEndpoints
{
    public static IResult Show(HttpContext httpContext, IAntiforgery antiforgery, string? returnUrl)
    {
        var target = ConsolePaths.SafeReturnUrl(returnUrl);
        return ConsolePrincipal.UserName(httpContext.User) is not null
            ? Results.Redirect(target)
            : LoginPage.Render(httpContext, antiforgery, null, target, failed: false);
    }

    public static async Task<IResult> SubmitAsync(HttpContext httpContext, IAntiforgery antiforgery, OperatorLogin login)
    {
        var form = await httpContext.Request.ReadFormAsync(httpContext.RequestAborted);
        var userName = form["userName"].ToString();
        var target = ConsolePaths.SafeReturnUrl(form["returnUrl"].ToString());

        var result = await login.LoginAsync(userName, form["password"].ToString(), httpContext.RequestAborted);
        if (!result.Succeeded) return LoginPage.Render(httpContext, antiforgery, userName, target, failed: true);

        await ConsoleSessions.SignInAsync(httpContext, result.Account!);
        return Results.Redirect(result.Account!.MustChangePassword ? ConsolePaths.Password : target);
    }

    public static async Task<IResult> LogoutAsync(HttpContext httpContext, ILoggerFactory loggerFactory)
    {
        var userName = ConsolePrincipal.UserName(httpContext.User);
        await httpContext.SignOutAsync(ConsoleAuthentication.Scheme);
        loggerFactory.CreateLogger(typeof(LoginEndpoints)).LogInformation("Operator {UserName} signed out", userName);
        return Results.Redirect(ConsolePaths.Login);
    }
}
