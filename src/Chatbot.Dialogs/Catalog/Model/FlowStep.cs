using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>One question of a flow. Every text is a key of dialogs/texts/*.json.</summary>
public sealed class FlowStep
{
    /// <summary>Name of the answer, unique in the flow; also the placeholder in the summary text.</summary>
    [JsonRequired]
    public string Field { get; init; } = string.Empty;

    [JsonRequired]
    public StepType Type { get; init; }

    /// <summary>Text key of the question (required but for a documents step, which has the documents.* texts).</summary>
    public string Ask { get; init; } = string.Empty;

    /// <summary>
    /// Text key to answer with for each error code of the step type (see <see cref="StepErrorCodes"/>); every code needs
    /// one, but for a documents step, where a code without a key says the documents.* text.
    /// </summary>
    public IReadOnlyDictionary<string, string> Retry { get; init; } = new Dictionary<string, string>();

    /// <summary>The citizen may skip the step by typing one of <see cref="SkipWords"/>.</summary>
    public bool Optional { get; init; }

    /// <summary>Text key of a comma-separated list of words that skip an optional step.</summary>
    public string? SkipWords { get; init; }

    /// <summary>Text key of the label in the summary and in the "which field to change" list; no label: not shown, not editable.</summary>
    public string? Label { get; init; }

    /// <summary>Text key said right after a valid answer (e.g. "bukti sudah kami terima").</summary>
    public string? Accepted { get; init; }

    /// <summary>Confirm steps: text key said when the citizen answers No; the flow ends there.</summary>
    public string? Declined { get; init; }

    /// <summary>Media steps: how the answer reads in the summary.</summary>
    public StepDisplay? Display { get; init; }

    public StepConstraints? Constraints { get; init; }

    /// <summary>Choice steps: where the options come from.</summary>
    public StepChoices? Choices { get; init; }

    /// <summary>Asked only when an earlier answer matches; null: always.</summary>
    public AnswerCondition? When { get; init; }

    /// <summary>Text key for an error code; null when the code is unknown for this step.</summary>
    public string? RetryKey(string errorCode) => Retry.TryGetValue(errorCode, out var key) ? key : null;
}
