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
}
