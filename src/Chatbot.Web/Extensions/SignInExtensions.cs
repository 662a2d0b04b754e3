using Chatbot.Web.Api;
using Chatbot.Web.OperatorConsole;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Chatbot.Web.Extensions;

/// <summary>
/// The one place that configures signing in: the cookie (HttpOnly, SameSite=Strict, Secure on https, 8 hours sliding,
/// path "/" so that it reaches both /console and /api) with its events (<see cref="ConsoleCookieEvents"/>), the
/// authorization policies (<see cref="CapabilityPolicies"/>) and antiforgery (a form field for the console's pages, the
/// X-CSRF-TOKEN header for /api). Its middleware is added by Program.cs.
/// </summary>
public static class SignInExtensions
{
    public static IServiceCollection AddChatbotSignIn(this IServiceCollection services)
    {
        services.AddSingleton<ConsoleCookieEvents>();
        services.AddAuthentication(ConsoleAuthentication.Scheme)
            .AddCookie(ConsoleAuthentication.Scheme, options =>
            {
                options.Cookie.Name = ConsoleAuthentication.CookieName;
                options.Cookie.Path = "/";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = ConsoleAuthentication.SessionLifetime;
                options.SlidingExpiration = true;
                options.LoginPath = ConsolePaths.Login;
                options.LogoutPath = ConsolePaths.Logout;
                options.AccessDeniedPath = ConsolePaths.Login;
                options.ReturnUrlParameter = "returnUrl";
                options.EventsType = typeof(ConsoleCookieEvents);
            });

        services.AddCapabilityPolicies();

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ConsoleAuthentication.AntiforgeryCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = ConsoleAuthentication.AntiforgeryFieldName;
            options.HeaderName = ApiPaths.AntiforgeryHeader;
        });
        return services;
    }
}
