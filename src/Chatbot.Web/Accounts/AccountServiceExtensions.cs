using Chatbot.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatbot.Web.Accounts;

public static class AccountServiceExtensions
{
    /// <summary>
    /// Password hashing (ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: PBKDF2, salted), provisioning,
    /// the first-operator seeder and sign-in. Needs <c>AddChatbotRedis</c> for <c>IOperatorAccounts</c>.
    /// </summary>
    public static IServiceCollection AddOperatorAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher<OperatorAccount>, PasswordHasher<OperatorAccount>>();
        services.TryAddSingleton<OperatorProvisioning>();
        services.TryAddSingleton<FirstOperatorSeeder>();
        services.TryAddSingleton<OperatorLogin>();
        return services;
    }
}
