using System.Text.RegularExpressions;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Checks dialogs/services.json against the queues of bot.json, the flows and the texts.</summary>
internal static partial class ServicesValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdRegex();

    public static void Check(LoadContext context, ServiceCatalogFile catalog, string file, BotSettings? bot, IReadOnlySet<string> flowFiles)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        string? activationService = null;
        for (var i = 0; i < catalog.Services.Count; i++)
        {
            var service = catalog.Services[i];
            var at = JsonPaths.Index("$.services", i);
            if (!IdRegex().IsMatch(service.Id)) context.Errors.Add(file, at + ".id", $"invalid id '{service.Id}' (lower-case letters, digits and '-', e.g. lapor-rekam-ktp)");
            else if (!ids.Add(service.Id)) context.Errors.Add(file, at + ".id", $"duplicate service id '{service.Id}'");
            TextReferences.Require(context, file, at + ".title", service.Title, []);
            if (bot is not null && !bot.Queues.ContainsKey(service.Queue))
            {
                context.Errors.Add(file, at + ".queue", $"unknown queue '{service.Queue}' (queues in bot.json: {string.Join(", ", bot.Queues.Keys)})");
            }

            if (service.Handling == ServiceHandling.Flow)
            {
                if (string.IsNullOrWhiteSpace(service.Flow)) context.Errors.Add(file, at, "missing 'flow': a service handled by a flow names its file in dialogs/flows/");
                else if (!flowFiles.Contains(service.Flow))
                {
                    var known = flowFiles.Count == 0 ? "none" : string.Join(", ", flowFiles.Order(StringComparer.Ordinal));
                    context.Errors.Add(file, at + ".flow", $"unknown flow '{service.Flow}': no dialogs/flows/{service.Flow}.json (flows: {known})");
                }
            }
            else if (service.Flow is not null)
            {
                context.Errors.Add(file, at + ".flow", $"a service handled by {(service.Handling == ServiceHandling.Operator ? "an operator" : "the IKD booking")} has no flow (remove 'flow' or set \"handling\": \"flow\")");
            }

            if (service.Handling == ServiceHandling.Activation && service.IsEnabled)
            {
                if (activationService is not null) context.Errors.Add(file, at + ".handling", $"only one enabled service can book IKD activation sessions ('{activationService}' does already)");
                activationService ??= service.Id;
            }

            for (var j = 0; j < service.Aliases.Count; j++)
            {
                var normal = WordNormalizer.Normalize(service.Aliases[j]);
                var aliasAt = JsonPaths.Index(at + ".aliases", j);
                if (normal.Length == 0) context.Errors.Add(file, aliasAt, "the alias is empty");
                else if (normal.All(char.IsAsciiDigit)) context.Errors.Add(file, aliasAt, "an alias cannot be a number (numbers pick menu lines)");
                else if (aliases.TryGetValue(normal, out var other) && other != service.Id) context.Errors.Add(file, aliasAt, $"'{service.Aliases[j]}' is also an alias of '{other}'");
                else aliases[normal] = service.Id;
            }
        }
    }
}
