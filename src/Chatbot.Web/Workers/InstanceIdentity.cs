namespace Chatbot.Web.Workers;

/// <summary>This process among all instances: machine, process id and a random part, so that a restarted process is a new owner.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    public override string ToString() => Id;
}
