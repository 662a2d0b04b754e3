using System.Reflection;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// The database every store and script talks to (<see cref="RedisContext.Database"/>), and the batches and
/// transactions made from it, wrapped so that a failure meaning "Redis cannot serve right now" arrives as Core's
/// <see cref="Chatbot.Core.Ports.StoreUnavailableException"/>, thrown at once or from the awaited task. One place at the
/// boundary instead of a try/catch in each store method; every other exception passes unchanged.
/// </summary>
internal class RedisFailureProxy<T> : DispatchProxy
    where T : class
{
    private T inner = null!;

    public static T Wrap(T inner)
    {
        var proxy = Create<T, RedisFailureProxy<T>>();
        ((RedisFailureProxy<T>)(object)proxy).inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        object? result;
        try
        {
            result = targetMethod.Invoke(inner, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null);
        }
        catch (Exception e) when (RedisUnavailable.Translate(e) is { } unavailable)
        {
            throw unavailable;
        }

        return result switch
        {
            ITransaction transaction when targetMethod.ReturnType == typeof(ITransaction) => RedisFailureProxy<ITransaction>.Wrap(transaction),
            IBatch batch when targetMethod.ReturnType == typeof(IBatch) => RedisFailureProxy<IBatch>.Wrap(batch),
            Task task => RedisFailureTasks.Translated(task, targetMethod.ReturnType),
            _ => result,
        };
    }
}
