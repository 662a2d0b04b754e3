namespace Chatbot.Dialogs.Catalog.Texts;

/// <summary>
/// Keys of the texts the office's desk (Chatbot.Desk) answers its users with, with their placeholders: what to fix in an
/// IKD session a supervisor filled in. One rule, one key, a text per language.
/// </summary>
public static class DeskTextKeys
{
    public const string DraftRequired = "ikd.draft.required";
    public const string DraftUnknownArea = "ikd.draft.unknownArea";
    public const string DraftUnknownInstitution = "ikd.draft.unknownInstitution";
    public const string DraftPlaceLength = "ikd.draft.placeLength";
    public const string DraftNoOfficer = "ikd.draft.noOfficer";
    public const string DraftPeoplePerOfficer = "ikd.draft.peoplePerOfficer";
    public const string DraftStartPassed = "ikd.draft.startPassed";
    public const string DraftEndBeforeStart = "ikd.draft.endBeforeStart";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Required { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [DraftRequired] = [],
        [DraftUnknownArea] = ["area", "areas"],
        [DraftUnknownInstitution] = ["institution"],
        [DraftPlaceLength] = ["max"],
        [DraftNoOfficer] = [],
        [DraftPeoplePerOfficer] = ["max"],
        [DraftStartPassed] = [],
        [DraftEndBeforeStart] = [],
    };
}
