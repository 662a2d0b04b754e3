using Chatbot.Core.Messaging;
using Microsoft.AspNetCore.Http;

namespace Chatbot.Twilio.Tests;

/// <summary>The probe finds the real type and size, and shows the credentials to the API origin only.</summary>
public sealed class MediaProbeTests
{
    private static readonly byte[] Photo = new byte[12_345];

    private static async Task<MediaRef?> Probe(string apiBaseUrl, string url)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var probe = new TwilioMediaProbe(http, TestOptions.Wrap(TestOptions.Create(apiBaseUrl)));
        return await probe.ProbeAsync(new MediaRef(url, "application/octet-stream"));
    }

    /// <summary>The CDN answers like S3: HEAD with the real type and size.</summary>
    private static Task<LocalHttpSink> Cdn(bool refuseHead = false) => LocalHttpSink.StartAsync(async context =>
    {
        if (refuseHead && HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        context.Response.ContentType = "image/jpeg";
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.Range.Count > 0)
        {
            context.Response.StatusCode = StatusCodes.Status206PartialContent;
            context.Response.Headers.ContentRange = $"bytes 0-0/{Photo.Length}";
            context.Response.ContentLength = 1;
            await context.Response.Body.WriteAsync(Photo.AsMemory(0, 1));
            return;
        }

        context.Response.ContentLength = Photo.Length;
        if (HttpMethods.IsGet(context.Request.Method)) await context.Response.Body.WriteAsync(Photo);
    });

    [Fact]
    public async Task Twilio_media_redirects_to_the_cdn_and_only_the_api_sees_the_credentials()
    {
        await using var cdn = await Cdn();
        await using var api = await LocalHttpSink.StartAsync(context =>
        {
            context.Response.Redirect(cdn.BaseUrl + "/s3/ME123?X-Amz-Signature=abc");
            return Task.CompletedTask;
        });

        var found = await Probe(api.BaseUrl, api.BaseUrl + $"/2010-04-01/Accounts/{TestOptions.AccountSid}/Messages/MM1/Media/ME123");

        Assert.Equal(new MediaRef(api.BaseUrl + $"/2010-04-01/Accounts/{TestOptions.AccountSid}/Messages/MM1/Media/ME123", "image/jpeg", Photo.Length), found);
        Assert.All(api.Requests, r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));
        Assert.NotEmpty(cdn.Requests);
        Assert.All(cdn.Requests, r => Assert.Equal(string.Empty, r.Authorization));
    }

    [Fact]
    public async Task Media_on_another_host_is_probed_without_credentials()
    {
        await using var api = await LocalHttpSink.StartAsync(_ => Task.CompletedTask);
        await using var elsewhere = await Cdn();

        var found = await Probe(api.BaseUrl, elsewhere.BaseUrl + "/foto.jpg");

        Assert.Equal(Photo.Length, found?.SizeBytes);
        Assert.Empty(api.Requests);
        Assert.All(elsewhere.Requests, r => Assert.Equal(string.Empty, r.Authorization));
    }

    [Fact]
    public async Task A_server_that_refuses_head_is_asked_for_one_byte()
    {
        await using var api = await LocalHttpSink.StartAsync(_ => Task.CompletedTask);
        await using var cdn = await Cdn(refuseHead: true);

        var found = await Probe(api.BaseUrl, cdn.BaseUrl + "/akta.jpg");

        Assert.Equal("image/jpeg", found?.ContentType);
        Assert.Equal(Photo.Length, found?.SizeBytes);
        Assert.Contains(cdn.Requests, r => r.Method == "GET" && r.Range == "bytes=0-0");
    }

    [Fact]
    public async Task Missing_media_is_null()
    {
        await using var api = await LocalHttpSink.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

        Assert.Null(await Probe(api.BaseUrl, api.BaseUrl + "/tidak-ada"));
    }
}
