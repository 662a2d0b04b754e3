using System.Collections;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Chatbot.Dialogs.Storage;

/// <summary>
/// Routes every slot declared as <c>object</c> (properties, dictionary values, list items) through
/// <see cref="TypedObjectConverter"/>, and keeps "$type" off slots whose declared type already says what to build.
/// </summary>
public sealed class DialogContractResolver(JsonConverter objectSlotConverter) : DefaultContractResolver
{
    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (property.PropertyType == typeof(object))
        {
            property.Converter ??= objectSlotConverter;
        }
        else if (property.PropertyType is { } declared && (!(declared.IsInterface || declared.IsAbstract) || typeof(IEnumerable).IsAssignableFrom(declared)))
        {
            // Concrete types and collection interfaces are rebuilt from the declared type; items keep their own handling.
            property.TypeNameHandling ??= TypeNameHandling.None;
        }

        return property;
    }

    protected override JsonDictionaryContract CreateDictionaryContract(Type objectType)
    {
        var contract = base.CreateDictionaryContract(objectType);
        if (contract.DictionaryValueType == typeof(object)) contract.ItemConverter ??= objectSlotConverter;
        return contract;
    }

    protected override JsonArrayContract CreateArrayContract(Type objectType)
    {
        var contract = base.CreateArrayContract(objectType);
        if (contract.CollectionItemType == typeof(object)) contract.ItemConverter ??= objectSlotConverter;
        return contract;
    }
}
