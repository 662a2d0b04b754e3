namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// The dialogs folder cannot be used: every problem found, all at once, so that an admin fixes them in one go.
/// The message lists each one on its own line.
/// </summary>
public sealed class DialogCatalogException(IReadOnlyList<DialogFileException> errors)
    : AggregateException(Describe(errors), errors)
{
    public IReadOnlyList<DialogFileException> Errors { get; } = errors;

    /// <summary>The list itself, without AggregateException's repetition of every inner message.</summary>
    public override string Message => Describe(Errors);

    private static string Describe(IReadOnlyList<DialogFileException> errors) =>
        $"The dialog files have {errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}:" + Environment.NewLine +
        string.Join(Environment.NewLine, errors.Select(e => " - " + e.Message));
}
