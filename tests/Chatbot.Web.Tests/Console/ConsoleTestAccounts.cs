using Chatbot.Core.Accounts;
using Chatbot.Web.Accounts;

namespace Chatbot.Web.Tests.OperatorConsole;

internal static class ConsoleTestAccounts
{
    /// <summary>Creates an account through the app's own provisioning; its one-time password.</summary>
    public static async Task<string> CreateAsync(ChatbotAppFactory app, string userName, OperatorRole role = OperatorRole.Operator, string? displayName = null) =>
        await app.Get<OperatorProvisioning>().CreateAsync(userName, role, displayName)
        ?? throw new InvalidOperationException($"{userName} exists already.");
}
