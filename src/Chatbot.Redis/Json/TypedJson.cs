using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace Chatbot.Redis.Json;

/// <summary>
/// JSON for <see cref="RedisStorage"/>, whose items come back as the CLR type that was written: type names are
/// written where the declared type is not the actual one, and read only through <see cref="ChatbotTypesBinder"/>
/// (a type name read from storage must never pick an arbitrary type: that is a known deserialization attack).
/// </summary>
internal static class TypedJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = new ChatbotTypesBinder(),
        DateParseHandling = DateParseHandling.None,
        Converters = { new StringEnumConverter(), new CaseCodeJsonConverter() },
    };

    // Declared type object: the root always gets its $type.
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, typeof(object), Settings);

    public static object? Deserialize(string json) => JsonConvert.DeserializeObject(json, typeof(object), Settings);
}
