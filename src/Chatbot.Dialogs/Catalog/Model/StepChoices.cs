namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// The options of a choice step: a known source ("kecamatan": every kecamatan of offices.json; "offices": the offices
/// where printed cards are picked up) or items written in the flow. Exactly one. A choice with a single option is not
/// asked: it is answered by itself and shown in the summary for the citizen to confirm.
/// </summary>
public sealed class StepChoices
{
    public const string KecamatanSource = "kecamatan";

    public const string OfficesSource = "offices";

    public static readonly IReadOnlyList<string> KnownSources = [KecamatanSource, OfficesSource];

    public string? Source { get; init; }

    public IReadOnlyList<ChoiceItem>? Items { get; init; }
}
