namespace Chatbot.Web.Activation;

/// <summary>
/// A coordinator's collective booking. <see cref="InstitutionId"/>: the office's staff must give it; a coordinator's
/// own institution is always used.
/// </summary>
public sealed record GroupRequest(string? SessionId, string? Unit, int? Seats, IReadOnlyList<RosterMemberRequest?>? Roster, string? InstitutionId);
