using Chatbot.Core.Cases;
using Newtonsoft.Json;

namespace Chatbot.Redis.Json;

/// <summary>CaseCode has a private constructor: stored as its six characters, read back through TryParse.</summary>
internal sealed class CaseCodeJsonConverter : JsonConverter<CaseCode>
{
    public override void WriteJson(JsonWriter writer, CaseCode value, JsonSerializer serializer) => writer.WriteValue(value.Value);

    public override CaseCode ReadJson(JsonReader reader, Type objectType, CaseCode existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        var text = reader.Value as string;
        return CaseCode.TryParse(text, out var code) ? code : throw new JsonSerializationException($"Invalid case code '{text}'.");
    }
}
