namespace Chatbot.Web.Activation;

/// <summary>A group booking with the seats claimed from it, its roster matched to the claims, and the seats still open.</summary>
public sealed record GroupDetailView(GroupView Group, IReadOnlyList<BookingView> Claims, IReadOnlyList<RosterLineView> Roster, int UnclaimedSeats);
