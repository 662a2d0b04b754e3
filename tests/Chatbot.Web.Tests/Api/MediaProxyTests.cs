using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Testing;

namespace Chatbot.Web.Tests.Api;

/// <summary>The media proxy against the simulator's media (on the provider API's origin in development and tests).</summary>
[Collection(WebCollection.Name)]
public sealed class MediaProxyTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    public Task InitializeAsync() => redis.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_photo_on_the_providers_origin_is_shown_and_markup_types_are_refused()
    {
        await using var app = new ChatbotAppFactory(redis, ApiTestData.With(("Simulator:Enabled", "true")));
        var photo = await UploadAsync(app, Png, "image/png", "ktp.png");
        var svg = await UploadAsync(app, "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8.ToArray(), "image/svg+xml", "x.svg");
        var html = await UploadAsync(app, "<script>alert(1)</script>"u8.ToArray(), "text/html", "x.html");
        using var agus = await ApiClient.SignInAsync(app, "agus");

        using var shown = await agus.GetAsync("/api/media?url=" + Uri.EscapeDataString(photo));
        using var svgRefused = await agus.GetAsync("/api/media?url=" + Uri.EscapeDataString(svg));
        using var htmlRefused = await agus.GetAsync("/api/media?url=" + Uri.EscapeDataString(html));

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("image/png", shown.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await shown.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", shown.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, svgRefused.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, htmlRefused.StatusCode);
    }

    private static async Task<string> UploadAsync(ChatbotAppFactory app, byte[] content, string contentType, string name)
    {
        using var http = app.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", name);
        using var response = await http.PostAsync("/simulator/api/media", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        return ChatbotAppFactory.PublicBaseUrl + "/simulator/media/" + id;
    }
}
