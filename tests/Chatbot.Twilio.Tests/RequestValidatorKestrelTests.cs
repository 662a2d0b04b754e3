using Chatbot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Twilio.Tests;

/// <summary>Real HTTP requests through Kestrel, signed by Twilio's npm package: the raw target is what gets checked.</summary>
public sealed class RequestValidatorKestrelTests
{
    private static readonly KeyValuePair<string, string>[] Form =
    [
        new("MessageSid", "SM0123456789abcdef0123456789abcdef"),
        new("From", "whatsapp:+6281234567890"),
        new("Body", "Halo, saya mau tanya status e-KTP 🙏"),
        new("Tag", "b"), new("Tag", "a"), new("Tag", "b"),
        new("Empty", ""),
    ];

    [Theory]
    [InlineData(null, "/twilio/whatsapp")]
    [InlineData(null, "/twilio/whatsapp?kantor=Cilegon&q=Jl.%20Merdeka&e=%F0%9F%99%8F&a=it's")]
    [InlineData("https://adminduk.example.go.id", "/twilio/whatsapp?lang=id")]
    public async Task A_request_signed_by_twilio_passes_and_a_changed_one_does_not(string? publicBaseUrl, string target)
    {
        var options = TestOptions.Create(publicBaseUrl: publicBaseUrl);
        await using var server = await LocalHttpSink.StartAsync(
            async context =>
            {
                var result = await context.RequestServices.GetRequiredService<TwilioRequestValidator>().ValidateAsync(context.Request);
                if (!result.IsValid)
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }

                await TwiML.Empty().ExecuteAsync(context);
            },
            services => services.AddSingleton(new TwilioRequestValidator(TestOptions.Wrap(options))));

        var signedUrl = (publicBaseUrl ?? server.BaseUrl) + target;
        var signature = (await TwilioOracle.SignAsync([TwilioOracleRequest.Sign(options.AuthToken, signedUrl, Form)]))[0];
        using var http = new HttpClient();

        using var genuine = await PostAsync(http, server.BaseUrl + target, signature, Form);
        Assert.Equal(200, (int)genuine.StatusCode);
        Assert.Equal(TwiML.EmptyResponse, await genuine.Content.ReadAsStringAsync());
        Assert.Equal(TwiML.ContentType, genuine.Content.Headers.ContentType?.MediaType);

        using var otherPath = await PostAsync(http, server.BaseUrl + target.Replace("whatsapp", "status", StringComparison.Ordinal), signature, Form);
        Assert.Equal(403, (int)otherPath.StatusCode);

        using var tampered = await PostAsync(http, server.BaseUrl + target, signature, [.. Form, new("Extra", "1")]);
        Assert.Equal(403, (int)tampered.StatusCode);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("no-such-charset")]
    public async Task A_form_in_a_charset_dotnet_refuses_is_invalid_not_a_crash(string charset)
    {
        var options = TestOptions.Create();
        await using var server = await LocalHttpSink.StartAsync(
            async context =>
            {
                var result = await context.RequestServices.GetRequiredService<TwilioRequestValidator>().ValidateAsync(context.Request);
                context.Response.StatusCode = result.IsValid ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync(result.Failure ?? "valid");
            },
            services => services.AddSingleton(new TwilioRequestValidator(TestOptions.Wrap(options))));
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl + "/twilio/whatsapp")
        {
            Content = new StringContent("Body=halo&From=whatsapp%3A%2B6281234567890", System.Text.Encoding.ASCII),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"application/x-www-form-urlencoded; charset={charset}");
        request.Headers.Add(TwilioHeaders.Signature, "x");

        using var response = await http.SendAsync(request);

        // Refused as a bad request would be, never a 500 (utf-7: the form cannot be read; unknown: read as UTF-8, unsigned).
        Assert.Equal(403, (int)response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string url, string signature, IEnumerable<KeyValuePair<string, string>> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioHeaders.Signature, signature);
        return http.SendAsync(request);
    }
}
