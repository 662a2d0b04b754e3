using Chatbot.Core.Cases;

namespace Chatbot.Core.Ports;

/// <summary>Cases and their queues. One open case per subject NIK and service: opening a second one joins the first.</summary>
public interface ICaseStore
{
    /// <summary>Atomically: if an open case of the same NIK and service exists, return it (JoinedExisting) with its place; else store the draft, queue it, index it.</summary>
    Task<CaseAdmission> OpenOrJoinAsync(ServiceCase draft, CancellationToken cancellationToken = default);

    Task<ServiceCase?> GetAsync(CaseCode code, CancellationToken cancellationToken = default);

    /// <summary>Cases requested from this phone number, newest first, with queue positions for the waiting ones.</summary>
    Task<IReadOnlyList<CaseSummary>> ListForRequesterAsync(string requesterPhone, CancellationToken cancellationToken = default);

    /// <summary>Place in its queue (1 = next) or null when it no longer waits.</summary>
    Task<long?> QueuePositionAsync(CaseCode code, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a changed case (status, priority, queue, fields…) whatever it holds now: it leaves its queue once no longer
    /// new, and a closed case frees its NIK and service for a new one. False when the case does not exist.
    /// </summary>
    Task<bool> UpdateAsync(ServiceCase changed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a changed case as <see cref="UpdateAsync(ServiceCase, CancellationToken)"/> does, but only while its stored
    /// status is still <paramref name="expectedStatus"/> (the status it was read with): a concurrent status change
    /// (another operator, the citizen's own choice) makes it <see cref="CaseUpdateOutcome.StatusChanged"/> and nothing is written.
    /// </summary>
    Task<CaseUpdateOutcome> UpdateAsync(ServiceCase changed, CaseStatus expectedStatus, CancellationToken cancellationToken = default);
}
