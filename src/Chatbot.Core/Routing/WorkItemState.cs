namespace Chatbot.Core.Routing;

/// <summary>Where a work item stands in routing: in its queue, offered to one operator (waiting for their answer), or held by one.</summary>
public enum WorkItemState
{
    Waiting,
    Offered,
    Assigned,
}
