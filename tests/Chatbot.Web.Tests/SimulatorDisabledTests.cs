using System.Net;
using Chatbot.Testing;

namespace Chatbot.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SimulatorDisabledTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("GET", "/simulator")]
    [InlineData("GET", "/simulator/api/messages")]
    [InlineData("POST", "/simulator/api/send")]
    [InlineData("POST", "/simulator/twilio/2010-04-01/Accounts/" + ChatbotAppFactory.AccountSid + "/Messages.json")]
    public async Task Every_simulator_url_is_404_when_disabled(string method, string path)
    {
        using var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
