namespace Chatbot.Core.Ports;

/// <summary>
/// One send rate shared by every instance (the provider's limit is per sender, not per process): at most
/// <c>maxPerSecond</c> permits in any one-second window, whoever asks.
/// </summary>
public interface ISendRateGate
{
    /// <summary>Takes a permit when one is free (<see cref="TimeSpan.Zero"/>); otherwise nothing is taken and the answer is how long to wait before asking again.</summary>
    Task<TimeSpan> TryAcquireAsync(int maxPerSecond, CancellationToken cancellationToken = default);

    /// <summary>Waits until a permit is taken. Throws when the store is unreachable (then nothing could be sent anyway).</summary>
    Task WaitAsync(int maxPerSecond, CancellationToken cancellationToken = default);
}
