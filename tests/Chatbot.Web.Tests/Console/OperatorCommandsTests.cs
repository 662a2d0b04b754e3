using System.Text.RegularExpressions;
using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Chatbot.Web.Tests.OperatorConsole;

[Collection(WebCollection.Name)]
public sealed partial class OperatorCommandsTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string Exists = "operator account exists already (admin); its password was shown when it was created";

    private readonly Dictionary<string, string?> settings = new()
    {
        ["ConnectionStrings:Redis"] = redis.ConnectionString,
        ["Redis:KeyPrefix"] = RedisServerFixture.NewKeyPrefix(),
    };

    public Task InitializeAsync() => redis.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Seed_operator_creates_admin_once_and_shows_the_password_once()
    {
        var (code, output, error) = await RunAsync("seed-operator");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var match = Seeded().Match(output);
        Assert.True(match.Success, output);
        var password = match.Groups[1].Value;

        var (againCode, again, _) = await RunAsync("seed-operator");
        Assert.Equal(0, againCode);
        Assert.Equal(Exists + Environment.NewLine, again);
        Assert.DoesNotContain(password, again);

        await using var app = new ChatbotAppFactory(redis, settings);
        var admin = await app.Get<IOperatorAccounts>().FindAsync("admin");
        Assert.Equal(OperatorRole.Admin, admin!.Role);
        Assert.DoesNotContain(password, admin.PasswordHash);
        Assert.True((await app.Get<OperatorLogin>().LoginAsync("admin", password)).Succeeded);
    }

    [Fact]
    public async Task Seed_operator_leaves_an_installation_with_accounts_alone()
    {
        Assert.Equal(0, (await RunAsync("create-operator", "siti", "Supervisor")).Code);

        var (code, output, _) = await RunAsync("seed-operator");

        Assert.Equal(0, code);
        Assert.Equal(Exists + Environment.NewLine, output);
        await using var app = new ChatbotAppFactory(redis, settings);
        Assert.Null(await app.Get<IOperatorAccounts>().FindAsync("admin"));
    }

    [Fact]
    public async Task Create_operator_shows_the_new_password_once_and_refuses_a_taken_name()
    {
        var (code, output, _) = await RunAsync("create-operator", "Budi", "operator", "Budi Santoso");
        Assert.Equal(0, code);
        var match = Created().Match(output);
        Assert.True(match.Success, output);

        var (again, againOutput, error) = await RunAsync("create-operator", "budi", "Admin");
        Assert.Equal(1, again);
        Assert.Equal(string.Empty, againOutput);
        Assert.Contains("exists already (budi)", error);

        await using var app = new ChatbotAppFactory(redis, settings);
        var budi = await app.Get<IOperatorAccounts>().FindAsync("budi");
        Assert.Equal("Budi Santoso", budi!.DisplayName);
        Assert.Equal(OperatorRole.Operator, budi.Role);
        Assert.True((await app.Get<OperatorLogin>().LoginAsync("BUDI", match.Groups[1].Value)).Succeeded);
    }

    [Theory]
    [InlineData("create-operator", "budi", "Lurah")]
    [InlineData("create-operator", "bu di", "Operator")]
    [InlineData("create-operator", "budi")]
    [InlineData("seed-operator", "extra")]
    public async Task A_wrong_command_line_prints_the_usage_and_exits_2(params string[] command)
    {
        var (code, output, error) = await RunAsync(command);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("usage:", error);
    }

    [Fact]
    public async Task The_host_entry_runs_a_command_among_configuration_arguments_and_ignores_plain_starts()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Environment.ExitCode;
        try
        {
            Assert.False(await OperatorCommands.TryRunCommandAsync(["--urls", "http://127.0.0.1:5080"], builder, output, error));
            Assert.True(await OperatorCommands.TryRunCommandAsync(["--contentRoot", "/tmp", "seed-operator", "--Logging:LogLevel:Default=Warning"], builder, output, error));
            Assert.Equal(0, Environment.ExitCode);
            Assert.Matches(Seeded(), output.ToString());
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }

    [Fact]
    public void Configuration_arguments_are_not_command_arguments()
    {
        Assert.Equal(
            ["create-operator", "siti", "Admin", "Siti = Aminah"],
            OperatorCommands.Positional(["--contentRoot", "/srv/app", "Redis:KeyPrefix=x", "create-operator", "siti", "--environment=Production", "Admin", "Siti = Aminah"]));
        Assert.Empty(OperatorCommands.Positional(["--urls", "http://127.0.0.1:5080"]));
    }

    [Fact]
    public async Task Redis_down_fails_with_exit_code_1_naming_the_setting()
    {
        await redis.StopAsync();
        try
        {
            var (code, output, error) = await RunAsync("create-operator", "dewi", "Operator");

            Assert.Equal(1, code);
            Assert.Equal(string.Empty, output);
            Assert.StartsWith("create-operator: Redis is not reachable (ConnectionStrings:Redis): ", error, StringComparison.Ordinal);
        }
        finally
        {
            await redis.StartAsync();
        }
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] command)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await OperatorCommands.RunAsync(command, configuration, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"\Aoperator: admin  password: ([A-HJ-NP-Za-km-np-z2-9]{16})  \(shown once; the console asks for a new password at the first sign-in\)\r?\n\z")]
    private static partial Regex Seeded();

    [GeneratedRegex(@"\Aoperator: budi  password: ([A-HJ-NP-Za-km-np-z2-9]{16})  \(shown once; the console asks for a new password at the first sign-in\)\r?\n\z")]
    private static partial Regex Created();
}
