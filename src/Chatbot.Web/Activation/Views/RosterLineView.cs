namespace Chatbot.Web.Activation;

/// <summary>
/// One expected person of a group: claimed when a booking that is not cancelled was made from the group with their
/// NIK (its code and status given); a cancelled claim shows its code and status with claimed false.
/// </summary>
public sealed record RosterLineView(string Name, string? NikMasked, bool Claimed, string? BookingCode, string? Status);
