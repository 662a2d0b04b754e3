using Chatbot.Core.Accounts;
using Chatbot.Core.Activation;
using Chatbot.Core.Ports;

namespace Chatbot.Desk.Activation;

/// <summary>
/// What an account may see of IKD activation. The office's staff see everything. A coordinator sees the sessions open
/// to all and those reserved for their own institution, and only their own institution's group bookings; the
/// institution is read from the stored account on every request (never from the cookie), so a change applies at once.
/// </summary>
public sealed class CoordinatorScope(IOperatorAccounts accounts)
{
    /// <summary>Null for the office's staff (everything); a coordinator's institution id ("" when the account has none: nothing).</summary>
    public async Task<string?> InstitutionOfAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (RoleCapabilities.Allows(actor.Role, Capability.SeeEveryInstitution)) return null;
        var account = await accounts.FindAsync(actor.UserName, cancellationToken);
        return account?.Institution ?? string.Empty;
    }

    /// <summary>Whether a reader limited to <paramref name="institution"/> (null: no limit) sees the session.</summary>
    public static bool Sees(string? institution, ActivationSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return institution is null || session.ReservedFor is null || (institution.Length > 0 && session.ReservedFor == institution);
    }

    /// <summary>Whether a reader limited to <paramref name="institution"/> (null: no limit) sees the group booking.</summary>
    public static bool Sees(string? institution, GroupBooking group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return institution is null || (institution.Length > 0 && group.InstitutionId == institution);
    }
}
