using Chatbot.Core.Ports;
using Chatbot.Desk.Activation;

namespace Chatbot.Web.Activation;

/// <summary>Makes the <see cref="ActivationViews"/> of a request (the names it needs read once).</summary>
public sealed class ActivationViewSource(IActivationAreas areas, IInstitutions institutions, OfficeTime time)
{
    public Task<ActivationViews> LoadAsync(CancellationToken cancellationToken) => ActivationViews.LoadAsync(areas, institutions, time, cancellationToken);
}
