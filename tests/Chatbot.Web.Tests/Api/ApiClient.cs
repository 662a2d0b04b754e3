using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Web.Tests.OperatorConsole;

namespace Chatbot.Web.Tests.Api;

/// <summary>A signed-in console user calling the API: the console's cookie, and the antiforgery header on every POST.</summary>
internal sealed class ApiClient : IDisposable
{
    private readonly ConsoleClient console;
    private string? token;

    private ApiClient(ConsoleClient console, string userName)
    {
        this.console = console;
        UserName = userName;
    }

    public string UserName { get; }

    public HttpClient Http => console.Http;

    public static async Task<ApiClient> SignInAsync(ChatbotAppFactory app, string userName, OperatorRole role = OperatorRole.Operator)
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, userName, role, userName + " Test");
        return await SignInAsync(app, userName, password, role);
    }

    public static async Task<ApiClient> SignInAsync(ChatbotAppFactory app, string userName, string password, OperatorRole role)
    {
        var client = new ApiClient(new ConsoleClient(app), userName);
        using var login = await client.console.LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        _ = role;
        return client;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path);

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> PostAsync(string path, object? body = null)
    {
        token ??= await TokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await Http.SendAsync(request);
    }

    public async Task<string> TokenAsync()
    {
        var json = await GetJsonAsync("/api/antiforgery");
        Assert.Equal("X-CSRF-TOKEN", json.GetProperty("headerName").GetString());
        return json.GetProperty("token").GetString()!;
    }

    public void Dispose() => console.Dispose();
}
