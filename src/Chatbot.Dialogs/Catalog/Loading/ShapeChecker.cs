using System.ComponentModel;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// Walks a parsed file against the model type and records every unknown property, missing required property, null
/// where a value is needed, wrong JSON type and unknown enum value, with the path of each, before any deserialising.
/// </summary>
internal sealed class ShapeChecker(IContractResolver resolver, DialogErrorList errors, string file)
{
    private const string MissingRequired = "missing required property";

    private readonly NullabilityInfoContext nullability = new(); // not thread-safe: one per checker
    private static readonly CamelCaseNamingStrategy Camel = new();

    public bool Check(JToken token, Type type)
    {
        var before = errors.Count;
        Visit(token, type, "$");
        return errors.Count == before;
    }

    /// <param name="scope">What later checks should leave alone if this token is wrong: its object, or itself when it is a list item or dictionary entry.</param>
    private void Visit(JToken token, Type type, string scope)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (resolver.ResolveContract(type))
        {
            case JsonPrimitiveContract when type.IsEnum:
                CheckEnum(token, type, scope);
                break;
            case JsonPrimitiveContract or JsonStringContract:
                CheckPrimitive(token, type, scope);
                break;
            case JsonDictionaryContract dictionary:
                if (Expect(token, JTokenType.Object, "an object", scope))
                {
                    foreach (var property in ((JObject)token).Properties()) VisitValue(property.Value, dictionary.DictionaryValueType ?? typeof(object), false, JsonPaths.Of(property.Value));
                }

                break;
            case JsonArrayContract array:
                if (Expect(token, JTokenType.Array, "a list [ … ]", scope))
                {
                    foreach (var item in (JArray)token) VisitValue(item, array.CollectionItemType ?? typeof(object), false, JsonPaths.Of(item));
                }

                break;
            case JsonObjectContract contract:
                if (Expect(token, JTokenType.Object, "an object { … }", scope)) CheckObject((JObject)token, contract);
                break;
        }
    }

    private void VisitValue(JToken value, Type type, bool nullable, string scope)
    {
        if (value.Type == JTokenType.Null)
        {
            if (!nullable) Report(value, "must not be null", scope);
            return;
        }

        Visit(value, type, scope);
    }

    private void Report(JToken token, string reason, string scope)
    {
        errors.Add(file, token, reason);
        errors.Suppress(file, scope);
    }

    private void CheckObject(JObject json, JsonObjectContract contract)
    {
        var scope = JsonPaths.Of(json);
        var known = contract.Properties.Where(p => !p.Ignored).ToList();
        foreach (var property in json.Properties())
        {
            var match = known.FirstOrDefault(p => p.PropertyName == property.Name);
            if (match is null)
            {
                var near = known.FirstOrDefault(p => string.Equals(p.PropertyName, property.Name, StringComparison.OrdinalIgnoreCase));
                Report(property.Value, near is not null
                    ? $"unknown property '{property.Name}' (did you mean '{near.PropertyName}'?)"
                    : $"unknown property '{property.Name}' (expected one of {string.Join(", ", known.Select(p => p.PropertyName))})", scope);
                continue;
            }

            VisitValue(property.Value, match.PropertyType ?? typeof(object), IsNullable(match), scope);
        }

        foreach (var required in known.Where(p => p.Required == Required.Always && json.Property(p.PropertyName!, StringComparison.Ordinal) is null))
        {
            Report(json, $"{MissingRequired} '{required.PropertyName}'", scope);
        }
    }

    private bool IsNullable(JsonProperty property)
    {
        if (property.Required == Required.Always) return false;
        var info = property.DeclaringType?.GetProperty(property.UnderlyingName ?? string.Empty);
        if (info is null) return true;
        if (info.PropertyType.IsValueType) return Nullable.GetUnderlyingType(info.PropertyType) is not null;
        return nullability.Create(info).WriteState != NullabilityState.NotNull;
    }

    private void CheckEnum(JToken token, Type type, string scope)
    {
        var names = Enum.GetNames(type).Select(n => Camel.GetPropertyName(n, false)).ToList();
        var what = type.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "value";
        if (token.Type != JTokenType.String)
        {
            Report(token, $"expected a {what} in quotes, one of {string.Join(", ", names)}", scope);
            return;
        }

        var value = token.Value<string>() ?? string.Empty;
        if (!names.Contains(value, StringComparer.Ordinal))
        {
            Report(token, $"unknown {what} '{value}' (expected one of {string.Join(", ", names)})", scope);
        }
    }

    private void CheckPrimitive(JToken token, Type type, string scope)
    {
        if (type == typeof(string))
        {
            Expect(token, JTokenType.String, "a text in quotes", scope);
        }
        else if (type == typeof(bool))
        {
            Expect(token, JTokenType.Boolean, "true or false", scope);
        }
        else if (type == typeof(int) || type == typeof(long))
        {
            if (!Expect(token, JTokenType.Integer, "a whole number", scope)) return;
            var value = token.Value<decimal>();
            var max = type == typeof(int) ? int.MaxValue : long.MaxValue;
            var min = type == typeof(int) ? int.MinValue : long.MinValue;
            if (value > max || value < min) Report(token, "number out of range", scope);
        }
        else if (type == typeof(double) || type == typeof(decimal))
        {
            if (token.Type is not (JTokenType.Integer or JTokenType.Float)) Expect(token, JTokenType.Float, "a number", scope);
        }
    }

    private bool Expect(JToken token, JTokenType type, string description, string scope)
    {
        if (token.Type == type) return true;
        var found = token.Type switch
        {
            JTokenType.Object => "an object",
            JTokenType.Array => "a list",
            JTokenType.String => $"the text \"{token.Value<string>()}\"",
            JTokenType.Integer or JTokenType.Float => $"the number {token}",
            JTokenType.Boolean => $"{token.ToString().ToLowerInvariant()}",
            JTokenType.Null => "null",
            _ => token.Type.ToString().ToLowerInvariant(),
        };
        Report(token, $"expected {description} but found {found}", scope);
        return false;
    }
}
