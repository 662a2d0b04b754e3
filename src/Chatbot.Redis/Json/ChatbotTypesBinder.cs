using System.Collections;
using Newtonsoft.Json.Serialization;

namespace Chatbot.Redis.Json;

/// <summary>
/// Allows only the product's own types (assemblies named Chatbot.*) and plain System values and collections of them.
/// Anything else named in stored JSON is refused before it is instantiated.
/// </summary>
internal sealed class ChatbotTypesBinder : ISerializationBinder
{
    private static readonly HashSet<string> SystemAssemblies = ["System.Private.CoreLib", "mscorlib", "System.Collections", "System.Runtime", "System.Collections.Concurrent", "System.ObjectModel"];

    private static readonly HashSet<Type> SystemValues =
    [
        typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset),
        typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(Guid), typeof(Uri), typeof(object),
    ];

    private readonly DefaultSerializationBinder inner = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (assemblyName is not null && !IsChatbotAssembly(assemblyName) && !SystemAssemblies.Contains(assemblyName))
        {
            throw Refused(typeName);
        }

        var type = inner.BindToType(assemblyName, typeName);
        return IsAllowed(type) ? type : throw Refused(typeName);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        inner.BindToName(serializedType, out assemblyName, out typeName);

    internal static bool IsAllowed(Type type)
    {
        if (type.IsArray) return IsAllowed(type.GetElementType()!);
        if (Nullable.GetUnderlyingType(type) is { } underlying) return IsAllowed(underlying);
        if (IsChatbotAssembly(type.Assembly.GetName().Name)) return type.GetGenericArguments().All(IsAllowed);
        if (SystemValues.Contains(type)) return true;
        if (!SystemAssemblies.Contains(type.Assembly.GetName().Name ?? string.Empty)) return false;

        // System collections (List<T>, Dictionary<K,V>, HashSet<T>, …) of allowed element types; no other System type.
        var isCollection = type.Namespace is "System.Collections.Generic" or "System.Collections.ObjectModel" or "System.Collections.Concurrent"
            && typeof(IEnumerable).IsAssignableFrom(type);
        return isCollection && type.GetGenericArguments().All(IsAllowed);
    }

    private static bool IsChatbotAssembly(string? name) => name is not null && (name == "Chatbot" || name.StartsWith("Chatbot.", StringComparison.Ordinal));

    private static Newtonsoft.Json.JsonSerializationException Refused(string typeName) =>
        new($"Type '{typeName}' may not be read from storage (only Chatbot.* types and System values or collections).");
}
