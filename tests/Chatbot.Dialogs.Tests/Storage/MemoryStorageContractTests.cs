using Chatbot.Core.Ports;
using Chatbot.Dialogs.Storage;
using Chatbot.Testing;

namespace Chatbot.Dialogs.Tests.Storage;

/// <summary>The shared storage contract (Bot Builder's rules) run against <see cref="MemoryStorage"/>.</summary>
public class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
