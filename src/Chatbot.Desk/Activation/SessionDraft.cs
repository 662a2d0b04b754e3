using Chatbot.Core.Activation;

namespace Chatbot.Desk.Activation;

/// <summary>
/// What a supervisor fills in to create or edit an activation session. Times are the office's local date and clock
/// (dialogs/bot.json timeZone); <see cref="PeoplePerOfficer"/> null takes the default of dialogs/ikd.json. A part left
/// null (the console's input could not be read as one) is reported by <see cref="SessionDraftCheck"/> as required.
/// </summary>
public sealed record SessionDraft
{
    public required string AreaId { get; init; }

    public required SessionPlaceKind? PlaceKind { get; init; }

    public required string Place { get; init; }

    public required DateOnly? Date { get; init; }

    public required TimeOnly? StartTime { get; init; }

    public required TimeOnly? EndTime { get; init; }

    public required IReadOnlyList<string> Officers { get; init; }

    public int? PeoplePerOfficer { get; init; }

    /// <summary>Institution id, or null when the session is open to all.</summary>
    public string? ReservedFor { get; init; }
}
