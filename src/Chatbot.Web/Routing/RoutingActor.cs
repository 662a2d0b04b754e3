using Chatbot.Core.Accounts;

namespace Chatbot.Web.Routing;

/// <summary>Who asks: the signed-in user's name and role (the API and the console take them from the cookie's claims).</summary>
public sealed record RoutingActor(string UserName, OperatorRole Role, string? DisplayName = null)
{
    /// <summary>Supervisors and admins see every queue and serve the supervisors' queue.</summary>
    public bool IsSupervisor => RoutingPlan.IsSupervisor(Role);
}
