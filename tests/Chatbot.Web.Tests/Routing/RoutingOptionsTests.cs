using Chatbot.Core.Routing;
using Chatbot.Testing;
using Chatbot.Web.Routing;
using Microsoft.Extensions.Configuration;

namespace Chatbot.Web.Tests.Routing;

public sealed class RoutingOptionsTests
{
    private static RoutingOptions Bind(IConfiguration configuration)
    {
        var options = new RoutingOptions();
        configuration.GetSection(RoutingOptions.SectionName).Bind(options);
        return options;
    }

    private static RoutingOptions Bind(Dictionary<string, string?> values) => Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void The_example_and_the_defaults_are_valid()
    {
        var example = Bind(new ConfigurationBuilder().AddJsonFile(Path.Combine(RepoPaths.Root, "appsettings.example.json")).Build());
        Assert.True(new RoutingOptionsValidator().Validate(null, example).Succeeded);
        Assert.Equal(4, example.Queues.Count);
        Assert.Equal(TimeSpan.FromMinutes(30), example.SlaFor("petugas").FirstResponse);
        Assert.Equal(TimeSpan.FromHours(40), example.SlaFor("akta-kelahiran").Resolution);
        Assert.Equal(PriorityRuleKind.Field, example.EffectivePriorityRules()[1].Kind);

        var defaults = new RoutingOptions();
        Assert.True(new RoutingOptionsValidator().Validate(null, defaults).Succeeded);
        Assert.Equal(3, defaults.EffectivePriorityRules().Count);
    }

    [Fact]
    public void Every_failure_names_the_option_to_fix()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Routing:AcceptTimeoutSeconds"] = "1",
            ["Routing:Queues:0:Id"] = "supervisor",
            ["Routing:Queues:1:Id"] = "a b",
            ["Routing:Sla:ikd:FirstResponseMinutes"] = "0",
            ["Routing:PriorityRules:0:Id"] = "x",
            ["Routing:PriorityRules:0:Kind"] = "Field",
            ["Routing:Operators:sari:Capacity"] = "0",
        });
        var result = new RoutingOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Routing:AcceptTimeoutSeconds", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Routing:Queues:0:Id", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Routing:Queues:1:Id", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Routing:Sla:ikd:FirstResponseMinutes", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Routing:PriorityRules:0:Field", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Routing:Operators:sari:Capacity", StringComparison.Ordinal));
    }
}
