using System.Text.RegularExpressions;

namespace Chatbot.Desk;

/// <summary>Queue names as the routing configuration writes them: lower-case letters, digits, '-', '_', ':' and '.'.</summary>
public static partial class QueueName
{
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9_.:-]{0,63}$")]
    private static partial Regex Pattern();
}
