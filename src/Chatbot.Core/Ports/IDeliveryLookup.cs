namespace Chatbot.Core.Ports;

/// <summary>Finds our delivery record from the provider's message id (a status callback names only that one).</summary>
public interface IDeliveryLookup
{
    Task<DeliveryRecord?> FindByProviderIdAsync(string providerMessageId, CancellationToken cancellationToken = default);
}
