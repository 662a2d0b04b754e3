namespace Chatbot.Web.Activation;

/// <summary>One seat as the console shows it: NIK and phone always masked.</summary>
public sealed record BookingView(
    string Code,
    string NikMasked,
    string FullName,
    string PhoneMasked,
    string Status,
    string? Failure,
    string? Note,
    string? Group,
    DateTimeOffset BookedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy);
