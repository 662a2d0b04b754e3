using Newtonsoft.Json;

namespace Chatbot.Dialogs.Storage;

/// <summary>
/// Stores a Core value type (private constructor, validated by TryParse) as its plain string, and reads it back
/// through its own parser so that an invalid stored value can never become a valid-looking object.
/// </summary>
public abstract class StringValueConverter<T> : JsonConverter
    where T : struct
{
    public override bool CanConvert(Type objectType) => objectType == typeof(T) || objectType == typeof(T?);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is T typed) writer.WriteValue(Format(typed));
        else writer.WriteNull();
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return objectType == typeof(T?) ? null : throw new JsonSerializationException($"Null is not a {typeof(T).Name}.");
        }

        if (reader.TokenType != JsonToken.String) throw new JsonSerializationException($"A {typeof(T).Name} is stored as a string, found {reader.TokenType}.");
        var text = (string)reader.Value!;
        return TryParse(text, out var value) ? value : throw new JsonSerializationException($"Stored value is not a valid {typeof(T).Name}.");
    }

    protected abstract string Format(T value);

    protected abstract bool TryParse(string text, out T value);
}
