using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Text keys of the summary at the end of a flow; the summary text's placeholders are field names.</summary>
public sealed class FlowSummary
{
    [JsonRequired] public string Text { get; init; } = string.Empty;

    /// <summary>"1 Benar kirim / 2 Ubah / 3 Batal".</summary>
    [JsonRequired] public string Ask { get; init; } = string.Empty;

    [JsonRequired] public string Retry { get; init; } = string.Empty;

    /// <summary>Which field to change, with {fields}.</summary>
    [JsonRequired] public string WhichField { get; init; } = string.Empty;

    /// <summary>One line of that list, with {number} and {label}.</summary>
    [JsonRequired] public string FieldLine { get; init; } = string.Empty;

    /// <summary>
    /// A service file without its own summary: the text lists the labelled answers (summary.header, then
    /// summary.valueLine per answer given), followed by the usual question.
    /// </summary>
    public static FlowSummary Generated { get; } = new()
    {
        Ask = "summary.ask",
        Retry = "summary.retry",
        WhichField = "summary.whichField",
        FieldLine = "summary.fieldLine",
    };

    /// <summary>No text of its own: made from the labelled answers.</summary>
    [JsonIgnore]
    public bool IsGenerated => Text.Length == 0;

    /// <summary>Said when the citizen answers "3 Batal" at the summary; default <c>global.cancelled</c>.</summary>
    public string? Cancelled { get; init; }
}
