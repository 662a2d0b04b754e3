using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>How an answer without words (a photo) reads in the summary: text keys for given and skipped.</summary>
public sealed class StepDisplay
{
    [JsonRequired]
    public string Given { get; init; } = string.Empty;

    [JsonRequired]
    public string Skipped { get; init; } = string.Empty;
}
