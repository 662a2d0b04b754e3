using Newtonsoft.Json;

namespace Chatbot.Dialogs.Storage;

/// <summary>Turns the dialog stack into the string kept in <c>ConversationState.DialogState</c> and back, keeping the CLR types of stored values.</summary>
public static class DialogStateSerializer
{
    // Settings (and their contract cache) are built once: resolving contracts is the expensive part.
    private static readonly JsonSerializerSettings Settings = DialogJsonSettings.Create();

    public static string Serialize(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return JsonConvert.SerializeObject(state, Settings);
    }

    /// <summary>An empty state for null or blank input.</summary>
    public static DialogState Deserialize(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new DialogState() : JsonConvert.DeserializeObject<DialogState>(json, Settings) ?? new DialogState();
}
