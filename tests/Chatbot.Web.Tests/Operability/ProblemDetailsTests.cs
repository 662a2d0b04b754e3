using System.Net;
using System.Reflection;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Web.Tests.Operability;

/// <summary>An unhandled error in the API answers 500 as ProblemDetails, never with the exception or a stack trace.</summary>
[Collection(WebCollection.Name)]
public sealed class ProblemDetailsTests(RedisServerFixture redis)
{
    private const string Secret = "connection to 10.9.8.7 refused for user adminduk";

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task An_unhandled_api_error_is_problem_details_without_the_exception(string environment)
    {
        await using var app = new ChatbotAppFactory(redis, environment: environment,
            services: s => s.AddSingleton(DispatchProxy.Create<ICaseDirectory, FailingStore>()));
        using var api = await ApiClient.SignInAsync(app, "sari", OperatorRole.Supervisor);

        using var response = await api.GetAsync("/api/cases");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Chatbot.", body, StringComparison.Ordinal);
    }

    /// <summary>A case directory whose every call fails as a broken dependency would.</summary>
    public class FailingStore : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new InvalidOperationException(Secret);
    }
}
