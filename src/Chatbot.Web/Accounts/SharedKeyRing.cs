using System.Xml.Linq;
using Chatbot.Core.Ports;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Chatbot.Web.Accounts;

/// <summary>
/// Data Protection's key ring kept in the shared store instead of each machine's disk: every instance can read the
/// sign-in cookies and antiforgery tokens of every other, so an operator stays signed in whichever instance answers.
/// </summary>
public sealed class SharedKeyRing(IKeyRingStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => store.GetAll().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName) => store.Add(element.ToString(SaveOptions.DisableFormatting));

    public static IServiceCollection AddSharedKeyRing(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("layanan-adminduk");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IKeyRingStore>((options, store) => options.XmlRepository = new SharedKeyRing(store));
        return services;
    }
}
