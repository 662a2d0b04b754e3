namespace Chatbot.Dialogs.Catalog;

/// <summary>The options of a choice step: a known source ("kecamatan") or items written in the flow. Exactly one.</summary>
public sealed class StepChoices
{
    public const string KecamatanSource = "kecamatan";

    public static readonly IReadOnlyList<string> KnownSources = [KecamatanSource];

    public string? Source { get; init; }

    public IReadOnlyList<ChoiceItem>? Items { get; init; }
}
