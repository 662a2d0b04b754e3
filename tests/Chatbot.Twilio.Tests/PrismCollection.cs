using Chatbot.Testing;

namespace Chatbot.Twilio.Tests;

/// <summary>One Prism for every test class that checks requests against Twilio's OpenAPI description.</summary>
[CollectionDefinition(Name)]
public sealed class PrismCollection : ICollectionFixture<PrismFixture>
{
    public const string Name = "Prism";
}
