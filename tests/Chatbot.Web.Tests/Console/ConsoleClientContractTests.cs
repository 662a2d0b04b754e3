using System.Diagnostics;
using Chatbot.Testing;

namespace Chatbot.Web.Tests.OperatorConsole;

/// <summary>
/// The console's JavaScript against the API it calls: the app's own OpenAPI document (/openapi/v1.json) becomes
/// TypeScript types (openapi-typescript), and tsc checks the console's // @ts-check modules, whose JSDoc names those
/// types (tests/tools/tsconfig.console.json). A field the client reads that the API does not have, a wrong enum name,
/// a request body the API would not take: the build of the types fails, and so does this test.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ConsoleClientContractTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_console_scripts_type_check_against_the_openapi_document()
    {
        using var http = app.CreateClient();
        var document = await http.GetStringAsync("/openapi/v1.json");
        var generated = Path.Combine(RepoPaths.Tools, "generated");
        Directory.CreateDirectory(generated);
        await File.WriteAllTextAsync(Path.Combine(generated, "openapi.json"), document);

        var openapiTypescript = RepoPaths.NodeModule(Path.Combine("openapi-typescript", "bin", "cli.js"));
        var tsc = RepoPaths.NodeModule(Path.Combine("typescript", "bin", "tsc"));
        var (typesExit, typesOutput) = await NodeAsync(openapiTypescript, Path.Combine(generated, "openapi.json"), "-o", Path.Combine(generated, "openapi.d.ts"));
        Assert.True(typesExit == 0, "openapi-typescript failed:\n" + typesOutput);

        var (checkExit, checkOutput) = await NodeAsync(tsc, "--noEmit", "-p", Path.Combine(RepoPaths.Tools, "tsconfig.console.json"));
        Assert.True(checkExit == 0, "The console's scripts do not match the API's OpenAPI document:\n" + checkOutput);
    }

    private static async Task<(int ExitCode, string Output)> NodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(RepoPaths.Node)
        {
            WorkingDirectory = RepoPaths.Tools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await node.WaitForExitAsync(timeout.Token);
        return (node.ExitCode, await output + await errors);
    }
}
