using System.Text.Json.Serialization;

namespace Chatbot.Core.Routing;

/// <summary>
/// Whether an operator takes work now. Only <see cref="Tersedia"/> receives offers or pulls; <see cref="Istirahat"/>
/// (a break) keeps what they hold but gets nothing new; <see cref="Offline"/> is the default of anyone never seen.
/// Stored by name.
/// </summary>
// By name in JSON too (the API, its OpenAPI document, the console's events): never a position to copy.
[JsonConverter(typeof(JsonStringEnumConverter<Presence>))]
public enum Presence
{
    Offline,
    Tersedia,
    Istirahat,
}
