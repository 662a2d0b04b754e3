using Chatbot.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatbot.Web.Accounts;

public static class AccountServiceExtensions
{
    /// <summary>
    /// Password hashing (ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: PBKDF2, salted), provisioning,
    /// the first-operator seeder, sign-in, password changes, and a coordinator's institution. Needs <c>AddChatbotRedis</c> for
    /// <c>IOperatorAccounts</c> and <c>IInstitutions</c>.
    /// </summary>
    public static IServiceCollection AddOperatorAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher<OperatorAccount>, PasswordHasher<OperatorAccount>>();
        services.TryAddSingleton<OperatorProvisioning>();
        services.TryAddSingleton<InstitutionResolver>();
        services.TryAddSingleton<FirstOperatorSeeder>();
        services.TryAddSingleton<OperatorLogin>();
        services.TryAddSingleton<OperatorPasswords>();
        return services;
    }
}
