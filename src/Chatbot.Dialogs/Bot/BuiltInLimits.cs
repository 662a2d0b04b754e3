using Chatbot.Dialogs.Catalog;

namespace Chatbot.Dialogs.Bot;

/// <summary>The rules a name or address step has without constraints of its own (the same as the report and Pos flows use).</summary>
internal static class BuiltInLimits
{
    public static StepConstraints Name { get; } = new() { MinLength = 3, MaxLength = 100, Pattern = @"^[\p{L} .,'-]+$" };

    public static StepConstraints Address { get; } = new() { MinLength = 10, MaxLength = 200 };
}
