using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Redis;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Accounts;

/// <summary>
/// Account commands run from the command line instead of the web server, against the configured Redis
/// (<c>ConnectionStrings:Redis</c>, <c>Redis:KeyPrefix</c>); configuration arguments (<c>--key value</c>) may come
/// before or after them:
/// <code>
/// dotnet Chatbot.Web.dll seed-operator                          the first account, "admin", once
/// dotnet Chatbot.Web.dll create-operator &lt;name&gt; &lt;role&gt; [display name]   role: Operator, Supervisor or Admin
/// dotnet Chatbot.Web.dll create-operator &lt;name&gt; Coordinator [display name] &lt;institution&gt;
/// </code>
/// A coordinator's institution is an institution id, or the name of one new to the office (created).
/// A new account's password is printed once and never stored in clear; the console asks for a new one at the first sign-in. Exit code 0 on success (also when
/// seed-operator finds an account), 1 when it failed, 2 for a wrong command line.
/// </summary>
public static class OperatorCommands
{
    public const string SeedOperator = "seed-operator";
    public const string CreateOperator = "create-operator";

    private const string ShownOnce = "(shown once; the console asks for a new password at the first sign-in)";

    /// <summary>
    /// Runs the command named on the command line and returns true (Program.cs then returns without starting the
    /// server; the exit code is in <see cref="Environment.ExitCode"/>); returns false when there is none.
    /// </summary>
    public static async Task<bool> TryRunCommandAsync(
        string[] args, WebApplicationBuilder builder, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(builder);
        var command = Positional(args);
        if (command.Count == 0 || command[0] is not (SeedOperator or CreateOperator)) return false;
        Environment.ExitCode = await RunAsync(command, builder.Configuration, output ?? Console.Out, error ?? Console.Error);
        return true;
    }

    /// <summary>Runs one command (its name first, then its arguments); returns the exit code.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> command, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddChatbotRedis(configuration);
        services.AddOperatorAccounts();
        await using var provider = services.BuildServiceProvider();
        try
        {
            return command[0] switch
            {
                SeedOperator when command.Count == 1 => await SeedAsync(provider, output, cancellationToken),
                CreateOperator when command.Count is 3 or 4 or 5 => await CreateAsync(provider, command, output, error, cancellationToken),
                _ => Usage(error),
            };
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"{command[0]}: {e.Message}");
            return 1;
        }
        catch (StoreUnavailableException e)
        {
            await error.WriteLineAsync($"{command[0]}: Redis is not reachable (ConnectionStrings:Redis): {e.InnerException?.Message ?? e.Message}");
            return 1;
        }
    }

    private static async Task<int> SeedAsync(IServiceProvider provider, TextWriter output, CancellationToken cancellationToken)
    {
        var password = await provider.GetRequiredService<FirstOperatorSeeder>().SeedAsync(cancellationToken);
        await output.WriteLineAsync(password is null
            ? $"operator account exists already ({FirstOperatorSeeder.UserName}); its password was shown when it was created"
            : $"operator: {FirstOperatorSeeder.UserName}  password: {password}  {ShownOnce}");
        return 0;
    }

    private static async Task<int> CreateAsync(
        IServiceProvider provider, IReadOnlyList<string> command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var name = OperatorUserName.TryNormalize(command[1]);
        if (name is null || !Enum.TryParse<OperatorRole>(command[2], ignoreCase: true, out var role) || !Enum.IsDefined(role))
            return Usage(error);

        // A coordinator's last argument is the institution; anyone else has at most a display name after the role.
        var coordinator = role == OperatorRole.Coordinator;
        if (coordinator ? command.Count < 4 : command.Count > 4) return Usage(error);
        var displayName = command.Count == (coordinator ? 5 : 4) ? command[3] : null;
        string? institution = null;
        if (coordinator)
        {
            var resolved = await provider.GetRequiredService<InstitutionResolver>().ResolveAsync(command[^1], cancellationToken);
            if (resolved is null) return Usage(error);
            institution = resolved.Value.Institution.Id;
            if (resolved.Value.Created) await output.WriteLineAsync($"institution created: {institution} ({resolved.Value.Institution.Name})");
        }

        var password = await provider.GetRequiredService<OperatorProvisioning>().CreateAsync(name, role, displayName, institution, cancellationToken);
        if (password is null)
        {
            await error.WriteLineAsync($"operator account exists already ({name}); nothing changed");
            return 1;
        }

        await output.WriteLineAsync($"operator: {name}  password: {password}  {ShownOnce}");
        return 0;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine($"usage: {SeedOperator}");
        error.WriteLine($"       {CreateOperator} <name> <role> [display name]   (name: 1-{OperatorUserName.MaxLength} characters, no spaces; role: {string.Join(", ", Enum.GetNames<OperatorRole>())})");
        error.WriteLine($"       {CreateOperator} <name> {nameof(OperatorRole.Coordinator)} [display name] <institution>   (institution: its id, or a new institution's name)");
        return 2;
    }

    /// <summary>The arguments that are not configuration (<c>--key value</c>, <c>--key=value</c>, <c>key=value</c>).</summary>
    internal static List<string> Positional(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-'))
            {
                if (!arg.Contains('=')) i++;
            }
            else if (positional.Count == 0 && arg.Contains('='))
            {
                // key=value before the command is configuration; after it, it is an argument (a display name may hold '=').
            }
            else
            {
                positional.Add(arg);
            }
        }

        return positional;
    }
}
