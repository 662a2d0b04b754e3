using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Redis;

/// <summary>
/// Data Protection's key ring in Redis through ASP.NET Core's own repository (Microsoft.AspNetCore.DataProtection
/// .StackExchangeRedis), at <see cref="RedisKeys.DataProtectionKeys"/>. That repository keeps the keys as the project's
/// earlier one did — one Redis list, each element one key's XML without formatting, appended with RPUSH — so a key
/// ring written before is read as it is: no migration, and cookies issued before stay valid.
/// </summary>
public static class RedisDataProtection
{
    public static IDataProtectionBuilder PersistKeysToChatbotRedis(this IDataProtectionBuilder builder)
    {
        // The repository asks for the database on every read and write: the shared multiplexer, resolved when first needed.
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<RedisContext>((options, redis) => options.XmlRepository = new RedisXmlRepository(() => redis.Database, redis.Keys.DataProtectionKeys));
        return builder;
    }
}
