using System.Net;
using System.Text.RegularExpressions;
using Chatbot.Web.OperatorConsole;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chatbot.Web.Tests.OperatorConsole;

/// <summary>A browser-like client of the console: keeps cookies, does not follow redirects, fills the forms' tokens.</summary>
internal sealed partial class ConsoleClient(ChatbotAppFactory app) : IDisposable
{
    public HttpClient Http { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public void Dispose() => Http.Dispose();

    /// <summary>Opens the sign-in page and submits it; the response of the POST.</summary>
    public async Task<HttpResponseMessage> LoginAsync(string userName, string password, string? returnUrl = null)
    {
        var token = await TokenOfAsync(ConsolePaths.Login);
        return await PostAsync(ConsolePaths.Login, new Dictionary<string, string>
        {
            [ConsoleAuthentication.AntiforgeryFieldName] = token,
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? string.Empty,
        });
    }

    public async Task<HttpResponseMessage> LogoutAsync()
    {
        var token = await TokenOfAsync(ConsolePaths.Root);
        return await PostAsync(ConsolePaths.Logout, new Dictionary<string, string> { [ConsoleAuthentication.AntiforgeryFieldName] = token });
    }

    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields) =>
        Http.PostAsync(path, new FormUrlEncodedContent(fields));

    /// <summary>The antiforgery token in the form of the page (and its cookie, kept by the client).</summary>
    public async Task<string> TokenOfAsync(string path)
    {
        using var page = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var match = TokenField().Match(await page.Content.ReadAsStringAsync());
        Assert.True(match.Success, $"{path} has no antiforgery field.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" value=""([^""]+)""")]
    private static partial Regex TokenField();
}
