using System.Collections.Concurrent;
using System.Reflection;

namespace Chatbot.Redis;

/// <summary>The awaited half of <see cref="RedisFailureProxy{T}"/>: a task that faults with the translated exception.</summary>
internal static class RedisFailureTasks
{
    private static readonly ConcurrentDictionary<Type, Func<Task, Task>> ByResultType = new();

    public static Task Translated(Task task, Type declared)
    {
        if (task.IsCompletedSuccessfully) return task;
        if (!declared.IsGenericType) return TranslatedAsync(task);
        return ByResultType.GetOrAdd(declared, static type => typeof(RedisFailureTasks)
            .GetMethod(nameof(TranslatedOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type.GetGenericArguments()[0])
            .CreateDelegate<Func<Task, Task>>())(task);
    }

    private static Task TranslatedOf<TResult>(Task task) => TranslatedAsync((Task<TResult>)task);

    private static async Task TranslatedAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e) when (RedisUnavailable.Translate(e) is { } unavailable)
        {
            throw unavailable;
        }
    }

    private static async Task<TResult> TranslatedAsync<TResult>(Task<TResult> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (Exception e) when (RedisUnavailable.Translate(e) is { } unavailable)
        {
            throw unavailable;
        }
    }
}
