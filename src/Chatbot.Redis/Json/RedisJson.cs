using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace Chatbot.Redis.Json;

/// <summary>
/// JSON of the documents kept in Redis. Enums as names (stable when an enum gains a member), dates with their
/// offset, no type names: the reader always knows the type.
/// </summary>
internal static class RedisJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
        Converters = { new StringEnumConverter(), new CaseCodeJsonConverter() },
    };

    public static string Serialize<T>(T value) => JsonConvert.SerializeObject(value, Settings);

    public static T Deserialize<T>(string json) =>
        JsonConvert.DeserializeObject<T>(json, Settings) ?? throw new JsonSerializationException($"Stored {typeof(T).Name} is null.");
}
