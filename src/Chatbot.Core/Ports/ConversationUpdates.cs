namespace Chatbot.Core.Ports;

/// <summary>
/// Load → decide → commit for one conversation, decided again on the fresh state when someone changed it meanwhile
/// (stale ETag). Every writer of a conversation (a citizen's turn, a bot-initiated notice, an operator's action) goes
/// through it, so none of them overwrites another's change and none sends anything twice: a decision that lost the race
/// is thrown away before anything leaves.
/// </summary>
public static class ConversationUpdates
{
    /// <summary>How often a decision is made before the last stale ETag is let through.</summary>
    public const int MaxAttempts = 5;

    /// <summary>
    /// Loads <paramref name="conversationId"/> (with whether <paramref name="messageId"/> was already processed), lets
    /// <paramref name="decide"/> change the state and say what to commit (null: nothing to write), and commits it. When
    /// the commit finds the state changed, <paramref name="retrying"/> hears the next attempt's number and the decision is
    /// made again on a fresh load; after <see cref="MaxAttempts"/> the <see cref="ETagMismatchException"/> is thrown.
    /// </summary>
    public static async Task<T> UpdateAsync<T>(
        this IConversationStore store,
        string conversationId,
        string? messageId,
        Func<TurnSnapshot, Task<ConversationDecision<T>>> decide,
        Action<int>? retrying = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(decide);
        for (var attempt = 1; ; attempt++)
        {
            var snapshot = await store.LoadAsync(conversationId, messageId, cancellationToken);
            var decision = await decide(snapshot);
            if (decision.Commit is null) return decision.Result;
            try
            {
                await store.CommitAsync(decision.Commit, cancellationToken);
                return decision.Result;
            }
            catch (ETagMismatchException) when (attempt < MaxAttempts)
            {
                retrying?.Invoke(attempt + 1);
            }
        }
    }
}

/// <summary>What a decision on a loaded conversation came to: the caller's result, and what to commit (null: nothing).</summary>
public readonly record struct ConversationDecision<T>(T Result, TurnCommit? Commit = null);
