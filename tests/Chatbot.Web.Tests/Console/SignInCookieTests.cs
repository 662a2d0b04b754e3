using Chatbot.Testing;
using Chatbot.Web.OperatorConsole;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Tests.OperatorConsole;

/// <summary>The sign-in cookie as the host ends up with it: one cookie for the pages and /api, with the one set of events.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInCookieTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public void The_cookie_reaches_the_pages_and_the_api_and_is_kept_from_scripts_and_other_sites()
    {
        var options = app.Get<IOptionsMonitor<CookieAuthenticationOptions>>().Get("OperatorConsole");

        Assert.Equal("adminduk.console", options.Cookie.Name);
        Assert.Equal("/", options.Cookie.Path);
        Assert.True(options.Cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Strict, options.Cookie.SameSite);
        Assert.Equal(CookieSecurePolicy.SameAsRequest, options.Cookie.SecurePolicy);
        Assert.Equal(TimeSpan.FromHours(8), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
        Assert.Equal("/console/login", options.LoginPath);
        Assert.Equal(typeof(ConsoleCookieEvents), options.EventsType);
    }

    [Fact]
    public void Antiforgery_takes_the_form_field_on_pages_and_the_header_on_the_api()
    {
        var options = app.Get<IOptions<AntiforgeryOptions>>().Value;

        Assert.Equal("adminduk.console.af", options.Cookie.Name);
        Assert.Equal("__RequestVerificationToken", options.FormFieldName);
        Assert.Equal("X-CSRF-TOKEN", options.HeaderName);
    }
}
