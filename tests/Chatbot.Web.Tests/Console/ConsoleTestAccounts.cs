using Chatbot.Core.Accounts;
using Chatbot.Web.Accounts;

namespace Chatbot.Web.Tests.OperatorConsole;

internal static class ConsoleTestAccounts
{
    /// <summary>
    /// Creates an account through the app's own provisioning and changes its one-time password the way its owner would
    /// at the first sign-in; the new password (so the account signs in straight to the console).
    /// </summary>
    public static async Task<string> CreateAsync(
        ChatbotAppFactory app, string userName, OperatorRole role = OperatorRole.Operator, string? displayName = null, string? institution = null)
    {
        var oneTime = await CreateWithOneTimePasswordAsync(app, userName, role, displayName, institution);
        var password = "Baru-" + oneTime;
        var changed = await app.Get<OperatorPasswords>().ChangeAsync(OperatorUserName.Normalize(userName), oneTime, password);
        Assert.Equal(PasswordChangeStatus.Changed, changed.Status);
        return password;
    }

    /// <summary>Creates an account through the app's own provisioning; its one-time password (to be changed at the first sign-in).</summary>
    public static async Task<string> CreateWithOneTimePasswordAsync(
        ChatbotAppFactory app, string userName, OperatorRole role = OperatorRole.Operator, string? displayName = null, string? institution = null) =>
        await app.Get<OperatorProvisioning>().CreateAsync(userName, role, displayName, institution)
        ?? throw new InvalidOperationException($"{userName} exists already.");
}
