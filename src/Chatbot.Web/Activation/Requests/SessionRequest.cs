namespace Chatbot.Web.Activation;

/// <summary>
/// A session to create or the whole of its new state: <see cref="Date"/> "yyyy-MM-dd", times "HH:mm" in office time,
/// <see cref="PlaceKind"/> Office, Kecamatan or Institution; <see cref="PeoplePerOfficer"/> null takes dialogs/ikd.json's
/// default; <see cref="ReservedFor"/> an institution id, or null for open to all.
/// </summary>
public sealed record SessionRequest(
    string? AreaId,
    string? PlaceKind,
    string? Place,
    string? Date,
    string? StartTime,
    string? EndTime,
    IReadOnlyList<string?>? Officers,
    int? PeoplePerOfficer,
    string? ReservedFor);
