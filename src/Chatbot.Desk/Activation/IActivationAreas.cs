using Chatbot.Core.Activation;

namespace Chatbot.Desk.Activation;

/// <summary>The areas sessions count for, with their activation targets, and the default people per officer.</summary>
public interface IActivationAreas
{
    IReadOnlyList<AreaTarget> All { get; }

    int DefaultPeoplePerOfficer { get; }

    AreaTarget? Find(string? id);
}
