using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Chatbot.Dialogs.Storage;

/// <summary>
/// Lets "$type" name only our own types and plain System values and collections. Type names in stored JSON are
/// data an attacker could reach (a tampered store), and TypeNameHandling without a whitelist runs arbitrary gadgets.
/// </summary>
public sealed class RestrictedSerializationBinder : ISerializationBinder
{
    private static readonly HashSet<string> SystemAssemblies = ["System.Private.CoreLib", "mscorlib", "System.Runtime", "System.Collections", "netstandard"];

    private static readonly HashSet<Type> SystemTypes =
    [
        typeof(object), typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort),
        typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(BigInteger),
        typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(Guid), typeof(Uri),
    ];

    private static readonly HashSet<Type> GenericCollections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedDictionary<,>), typeof(Nullable<>), typeof(KeyValuePair<,>),
    ];

    private readonly DefaultSerializationBinder _inner = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        // Refuse before resolving, so that a foreign assembly is never even loaded.
        if (assemblyName is not null && !IsAllowedAssembly(assemblyName)) throw Refused(typeName);
        var type = _inner.BindToType(assemblyName, typeName);
        return IsAllowed(type) ? type : throw Refused(typeName);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        if (!IsAllowed(serializedType)) throw Refused(serializedType.FullName ?? serializedType.Name);
        _inner.BindToName(serializedType, out assemblyName, out typeName);
    }

    public static bool IsAllowed(Type type)
    {
        if (type.IsArray) return type.GetArrayRank() == 1 && IsAllowed(type.GetElementType()!);
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var definition = type.GetGenericTypeDefinition();
            return (GenericCollections.Contains(definition) || IsOurs(definition)) && type.GetGenericArguments().All(IsAllowed);
        }

        return SystemTypes.Contains(type) || IsOurs(type);
    }

    private static bool IsOurs(Type type) =>
        (type.Namespace?.StartsWith("Chatbot.", StringComparison.Ordinal) ?? false)
        && (type.Assembly.GetName().Name?.StartsWith("Chatbot.", StringComparison.Ordinal) ?? false);

    private static bool IsAllowedAssembly(string assemblyName)
    {
        var simple = assemblyName.Split(',')[0].Trim();
        return SystemAssemblies.Contains(simple) || simple.StartsWith("Chatbot.", StringComparison.Ordinal);
    }

    private static JsonSerializationException Refused(string typeName) =>
        new($"Type '{typeName}' may not be used in stored dialog state.");
}
