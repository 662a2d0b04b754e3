using System.Net;
using Chatbot.Testing;

namespace Chatbot.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class HealthTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Healthz_and_readyz_are_ok_with_redis()
    {
        var client = app.CreateClient();

        using var alive = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Without_redis_healthz_stays_ok_and_readyz_is_503()
    {
        var client = app.CreateClient();
        using (await client.GetAsync("/readyz"))
        {
        }

        await redis.StopAsync();
        try
        {
            using var alive = await client.GetAsync("/healthz");
            using var ready = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        finally
        {
            await redis.StartAsync();
        }
    }
}
