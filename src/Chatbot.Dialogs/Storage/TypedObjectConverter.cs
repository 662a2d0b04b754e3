using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Chatbot.Dialogs.Storage;

/// <summary>
/// Handles values in slots declared as <c>object</c> (state dictionaries, waterfall values, options). TypeNameHandling
/// types objects and collections but not values that are JSON primitives: a DateOnly would come back as a string, an
/// int as a long, a Nik as a string. Those are written as {"$type": …, "$value": …}; string, bool, long and double
/// stay bare because JSON keeps their type anyway.
/// </summary>
public sealed class TypedObjectConverter(ISerializationBinder binder) : JsonConverter
{
    private const string TypeKey = "$type";
    private const string ValueKey = "$value";

    private static readonly HashSet<Type> ScalarTypes =
    [
        typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan),
        typeof(Guid), typeof(Uri), typeof(BigInteger),
    ];

    public override bool CanConvert(Type objectType) => objectType == typeof(object);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                return;
            case string or bool or long or double:
                writer.WriteValue(value);
                return;
        }

        var type = value.GetType();
        if (!IsScalar(type, serializer))
        {
            // Objects and collections: let TypeNameHandling.Auto add "$type" against the declared type object.
            serializer.Serialize(writer, value, typeof(object));
            return;
        }

        binder.BindToName(type, out var assemblyName, out var typeName);
        writer.WriteStartObject();
        writer.WritePropertyName(TypeKey);
        writer.WriteValue(assemblyName is null ? typeName ?? type.FullName : $"{typeName ?? type.FullName}, {assemblyName}");
        writer.WritePropertyName(ValueKey);
        // Call the value's converter directly: serializing the same boxed value again from inside a converter looks
        // like a reference loop to Json.NET (record structs compare equal).
        if (serializer.Converters.FirstOrDefault(c => c.CanConvert(type)) is { } converter) converter.WriteJson(writer, value, serializer);
        else serializer.Serialize(writer, value, type);
        writer.WriteEndObject();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.Null or JsonToken.Undefined:
                return null;
            case JsonToken.StartObject:
                var obj = JObject.Load(reader);
                if (obj.Count == 2 && obj[TypeKey] is JValue { Type: JTokenType.String } typeToken && obj.TryGetValue(ValueKey, out var inner))
                {
                    var type = Resolve((string)typeToken!);
                    return inner.ToObject(type, serializer);
                }

                using (var objReader = obj.CreateReader())
                {
                    return serializer.Deserialize(objReader, typeof(object));
                }

            case JsonToken.StartArray:
                return JArray.Load(reader);
            default:
                // Integer → long, Float → double, String, Boolean: the reader already has the right CLR value.
                return reader.Value;
        }
    }

    private Type Resolve(string qualifiedName)
    {
        // "Namespace.Type, Assembly" — split at the first comma outside generic brackets.
        var depth = 0;
        for (var i = 0; i < qualifiedName.Length; i++)
        {
            var c = qualifiedName[i];
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == ',' && depth == 0) return binder.BindToType(qualifiedName[(i + 1)..].Trim(), qualifiedName[..i].Trim());
        }

        return binder.BindToType(null, qualifiedName);
    }

    private static bool IsScalar(Type type, JsonSerializer serializer) =>
        type.IsPrimitive || type.IsEnum || ScalarTypes.Contains(type) || serializer.Converters.Any(c => c.CanConvert(type));
}
