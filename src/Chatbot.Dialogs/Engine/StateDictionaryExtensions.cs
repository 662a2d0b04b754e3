namespace Chatbot.Dialogs;

/// <summary>Missing keys read as null: state written by an older version may lack a key a newer one reads.</summary>
internal static class StateDictionaryExtensions
{
    public static object? ValueOrNull(this IDictionary<string, object?> state, string key) =>
        state.TryGetValue(key, out var value) ? value : null;
}
