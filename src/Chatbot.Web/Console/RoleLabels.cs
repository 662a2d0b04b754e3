using Chatbot.Core.Accounts;

namespace Chatbot.Web.OperatorConsole;

/// <summary>The roles as the office says them.</summary>
public static class RoleLabels
{
    public static string Of(OperatorRole role) => role switch
    {
        OperatorRole.Operator => "Petugas",
        OperatorRole.Supervisor => "Supervisor",
        OperatorRole.Admin => "Admin",
        OperatorRole.Coordinator => "Koordinator",
        _ => role.ToString(),
    };

    /// <summary>Who has the capability, for an "access denied" page: "supervisor atau admin", "koordinator, supervisor atau admin".</summary>
    public static string Who(Capability capability)
    {
        var labels = RoleCapabilities.RolesWith(capability).Select(r => Of(r).ToLowerInvariant()).ToList();
        return labels.Count <= 1 ? string.Concat(labels) : string.Join(", ", labels[..^1]) + " atau " + labels[^1];
    }
}
