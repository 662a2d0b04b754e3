namespace Chatbot.Core.Ports;

/// <summary>
/// The store could not be reached, or did not answer in time, or cannot serve for the moment (loading, failing over):
/// nothing is known to have happened and the same call may succeed later. Raised by the store's adapter in place of its
/// client's own exceptions, so that a host answers "try again" (a webhook's 503) without knowing which store it has.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }
}
