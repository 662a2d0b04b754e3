using Chatbot.Web.Api;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// While a signed-in account must change its password (<c>OperatorAccount.MustChangePassword</c>: a one-time password
/// handed out), the console's pages send it to the change-password page and the API answers 403 with the code
/// "passwordChangeRequired" — except the endpoints marked <see cref="AllowWhilePasswordChangeRequired{TBuilder}"/>
/// (who am I, the antiforgery token, changing the password, signing out). Other addresses are not concerned.
/// </summary>
public static class PasswordChangeGate
{
    public const string Code = "passwordChangeRequired";

    private static readonly object RequiredKey = new();

    /// <summary>Called by the cookie's validation, which has just read the account.</summary>
    public static void MarkRequired(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Items[RequiredKey] = true;
    }

    public static bool IsRequired(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Items.ContainsKey(RequiredKey);
    }

    /// <summary>The endpoint stays open to an account that must change its password.</summary>
    public static TBuilder AllowWhilePasswordChangeRequired<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(Allowed.Instance);

    /// <summary>The gate: after authentication (which marks the account), before authorization.</summary>
    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.Use(async (httpContext, next) =>
        {
            if (!IsRequired(httpContext) || httpContext.GetEndpoint()?.Metadata.GetMetadata<Allowed>() is not null)
            {
                await next(httpContext);
                return;
            }

            var path = httpContext.Request.Path;
            if (path.StartsWithSegments(ApiPaths.Root, StringComparison.OrdinalIgnoreCase))
            {
                await TypedResults.Problem(
                    detail: "Ganti kata sandi sekali pakai terlebih dahulu (POST " + ApiPaths.Root + "/me/password).",
                    statusCode: StatusCodes.Status403Forbidden,
                    extensions: new Dictionary<string, object?> { ["code"] = Code }).ExecuteAsync(httpContext);
            }
            else if (path.StartsWithSegments(ConsolePaths.Root, StringComparison.OrdinalIgnoreCase))
            {
                httpContext.Response.Headers.CacheControl = "no-store";
                httpContext.Response.Redirect(ConsolePaths.Password);
            }
            else
            {
                await next(httpContext);
            }
        });

    private sealed class Allowed
    {
        public static readonly Allowed Instance = new();
    }
}
