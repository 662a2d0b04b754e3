using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Microsoft.Extensions.Options;

namespace Chatbot.Redis.Activation;

/// <summary>
/// Coordinators' group bookings in the {ikd} slot (see <see cref="RedisKeys.IkdGroups"/>): holding the seats and giving
/// back the unclaimed ones are scripts; claims are made by <see cref="RedisActivationBookings.ClaimAsync"/>. Records
/// (with the roster) leave <see cref="ActivationStoreOptions.RetentionDays"/> after their session.
/// </summary>
public sealed class RedisGroupBookings(RedisContext redis, IOptions<ActivationStoreOptions> options) : IGroupBookings
{
    private readonly IkdStore store = new(redis, options.Value);

    public async Task<(GroupBookingOutcome Outcome, ActivationSession? Session)> CreateAsync(GroupBooking group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentOutOfRangeException.ThrowIfLessThan(group.Seats, 1);
        ArgumentException.ThrowIfNullOrEmpty(group.InstitutionId);
        var keys = store.Keys;
        var result = await store.RunAsync(
            IkdScripts.GroupCreate,
            [keys.IkdSessionGroups(group.SessionId), keys.IkdAllGroups, keys.IkdInstitutionGroups(group.InstitutionId)],
            [GroupRecord.Json(group), IkdTime.Ms(group.CreatedAt), store.RetentionMs],
            cancellationToken);
        if ((string?)result[0] == "exists") throw new InvalidOperationException($"Invitation code {group.Code} is taken; make a new one.");
        return (Enum.Parse<GroupBookingOutcome>((string)result[0]!), SessionRecord.Read((string?)result[1]));
    }

    public async Task<GroupBooking?> GetAsync(InvitationCode code, CancellationToken cancellationToken = default) =>
        GroupRecord.Read(await store.ReadGroupAsync(code.Value, cancellationToken));

    public async Task<IReadOnlyList<GroupBooking>> ListAsync(string? institutionId, CancellationToken cancellationToken = default)
    {
        var index = institutionId is null ? store.Keys.IkdAllGroups : store.Keys.IkdInstitutionGroups(institutionId);
        var records = await store.ReadGroupsAsync(index, cancellationToken);
        return records.Select(r => GroupRecord.Read(r)!).ToList();
    }

    public async Task<IReadOnlyList<ActivationBooking>> ClaimsAsync(InvitationCode code, CancellationToken cancellationToken = default)
    {
        var records = await store.ReadBookingsAsync(store.Keys.IkdGroupClaims(code.Value), newestFirst: false, cancellationToken);

        // A claim moved to another session left the group.
        return records.Select(r => BookingRecord.Read(r)!).Where(b => b.Group == code).ToList();
    }

    public async Task<GroupBookingOutcome> CancelAsync(InvitationCode code, CancellationToken cancellationToken = default)
    {
        var result = await store.RunAsync(IkdScripts.GroupCancel, [], [code.Value], cancellationToken);
        return Enum.Parse<GroupBookingOutcome>((string)result[0]!);
    }
}
