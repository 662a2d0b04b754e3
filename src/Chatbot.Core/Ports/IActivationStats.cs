using Chatbot.Core.Activation;

namespace Chatbot.Core.Ports;

/// <summary>The outcomes recorded at sessions, counted per area and day by <see cref="IActivationBookings.RecordOutcomeAsync"/>.</summary>
public interface IActivationStats
{
    /// <summary>Counts for every area and day in [from, to] that has any; days without outcomes are absent.</summary>
    Task<IReadOnlyList<ActivationDayCount>> DailyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Activations per area since the start (what the target is measured against).</summary>
    Task<IReadOnlyDictionary<string, int>> ActivatedTotalsAsync(CancellationToken cancellationToken = default);
}
