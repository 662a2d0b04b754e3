namespace Chatbot.Web.Tests;

/// <summary>Waits for something asynchronous (a worker, a status callback) without a fixed sleep.</summary>
public static class Eventually
{
    public static async Task SucceedsAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what ?? "the condition"}.");
            await Task.Delay(50);
        }
    }
}
