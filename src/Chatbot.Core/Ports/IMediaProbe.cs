using Chatbot.Core.Messaging;

namespace Chatbot.Core.Ports;

/// <summary>Finds a media item's real type and size (provider media needs credentials to fetch). Null when it cannot be reached.</summary>
public interface IMediaProbe
{
    Task<MediaRef?> ProbeAsync(MediaRef media, CancellationToken cancellationToken = default);
}
