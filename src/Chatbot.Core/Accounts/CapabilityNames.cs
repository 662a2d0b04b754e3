namespace Chatbot.Core.Accounts;

/// <summary>A capability's name as the API and the browser say it: the enum name in camelCase ("workCases").</summary>
public static class CapabilityNames
{
    public static string Of(Capability capability)
    {
        var name = capability.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }

    public static IReadOnlyList<string> Of(IEnumerable<Capability> capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        return capabilities.Select(Of).ToList();
    }
}
