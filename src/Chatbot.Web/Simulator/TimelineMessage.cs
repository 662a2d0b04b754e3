namespace Chatbot.Web.Simulator;

/// <summary>One bubble of the simulator page: what a fake citizen sent ("in") or what the bot sent through the fake Twilio API ("out").</summary>
public sealed record TimelineMessage
{
    public required string Id { get; init; }

    public required string Phone { get; init; }

    /// <summary>"in" (citizen → service) or "out" (service → citizen).</summary>
    public required string Direction { get; init; }

    public string? ProfileName { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<string> MediaUrls { get; init; } = [];

    /// <summary>A template's Content SID and variables when the bot sent one.</summary>
    public string? Template { get; init; }

    /// <summary>"in": "sending", then "accepted" or "rejected"; "out": queued, sent, delivered, read.</summary>
    public required string Status { get; init; }

    /// <summary>"in": the HTTP status our webhook answered.</summary>
    public int? HttpStatus { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Grows with every change, so that the page asks only for what changed since its last poll.</summary>
    public long Version { get; init; }
}
