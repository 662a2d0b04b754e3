using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;

namespace Chatbot.Web.Accounts;

/// <summary>
/// The first account of a new installation: while no account exists, creates "admin" (Admin) and returns its password,
/// once. Afterwards returns null: the password is never stored in clear, so it cannot be shown again.
/// </summary>
public sealed class FirstOperatorSeeder(IOperatorAccounts accounts, OperatorProvisioning provisioning)
{
    public const string UserName = "admin";

    public const string DisplayName = "Administrator";

    public async Task<string?> SeedAsync(CancellationToken cancellationToken = default) =>
        await accounts.AnyAsync(cancellationToken)
            ? null
            : await provisioning.CreateAsync(UserName, OperatorRole.Admin, DisplayName, cancellationToken);
}
