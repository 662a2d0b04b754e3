namespace Chatbot.Web.Workers;

/// <summary>How many partitions of one stream an instance holds, and how many it should (its share).</summary>
public readonly record struct LeaseHolding(int Held, int Quota);
