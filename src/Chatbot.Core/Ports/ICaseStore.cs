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
}
