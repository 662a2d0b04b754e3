using Chatbot.Core.Activation;

namespace Chatbot.Web.Activation;

/// <summary>A group's roster matched to its claims by NIK: a claim that is not cancelled counts; else the latest claim is shown.</summary>
public static class GroupRoster
{
    public static IReadOnlyList<RosterLineView> Match(GroupBooking group, IReadOnlyList<ActivationBooking> claims)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(claims);
        return group.Roster.Select(member =>
        {
            var mine = member.Nik is { } nik ? claims.Where(c => c.Nik.Value == nik.Value).ToList() : [];
            var claim = mine.LastOrDefault(c => c.Status != BookingStatus.Cancelled) ?? mine.LastOrDefault();
            return new RosterLineView(
                member.Name, member.Nik?.Masked, claim is not null && claim.Status != BookingStatus.Cancelled, claim?.Code.ToString(), claim?.Status.ToString());
        }).ToList();
    }
}
