using Chatbot.Core.Accounts;
using Chatbot.Web.OperatorConsole;

namespace Chatbot.Web.Api;

/// <summary>
/// The authorization policies of the console's pages and the API, all on the console's cookie and all built from
/// <see cref="RoleCapabilities"/>: one policy per <see cref="Capability"/> (the roles the table gives it), and
/// <see cref="SignedIn"/> for any signed-in account, coordinators included (who am I, the console's start, signing out,
/// the IKD areas and sessions, each filtered for a coordinator). The role is the stored account's: the cookie's
/// validation (<see cref="ConsoleCookieEvents"/>) rewrites a changed one on the next request.
/// </summary>
public static class CapabilityPolicies
{
    public const string SignedIn = "SignedIn";

    /// <summary>The policy's name: "can:" and the capability's JSON name ("can:workCases").</summary>
    public static string For(Capability capability) => "can:" + CapabilityNames.Of(capability);

    /// <summary>The endpoint needs <paramref name="capability"/>: 403 for a signed-in role without it (a redirect to the console's start for a page).</summary>
    public static TBuilder RequireCapability<TBuilder>(this TBuilder builder, Capability capability)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(For(capability));

    /// <summary>The endpoint is open to any signed-in account of any role.</summary>
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(SignedIn);

    public static IServiceCollection AddCapabilityPolicies(this IServiceCollection services)
    {
        var authorization = services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, policy => policy
                .AddAuthenticationSchemes(ConsoleAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(Enum.GetNames<OperatorRole>()));
        foreach (var capability in Enum.GetValues<Capability>())
        {
            var roles = RoleCapabilities.RolesWith(capability).Select(r => r.ToString()).ToArray();
            authorization.AddPolicy(For(capability), policy => policy
                .AddAuthenticationSchemes(ConsoleAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireRole(roles));
        }

        return services;
    }
}
