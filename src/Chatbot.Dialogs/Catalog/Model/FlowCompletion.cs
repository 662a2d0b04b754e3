using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Text keys said when the case is opened (new) or joined (an open case of the same NIK and service).</summary>
public sealed class FlowCompletion
{
    [JsonRequired] public string Created { get; init; } = string.Empty;

    [JsonRequired] public string Joined { get; init; } = string.Empty;
}
