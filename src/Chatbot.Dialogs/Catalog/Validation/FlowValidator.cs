using System.Text.RegularExpressions;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Checks one dialogs/flows/{id}.json: steps, their error texts, constraints, choices, summary and end texts.</summary>
internal static partial class FlowValidator
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex FieldRegex();

    [GeneratedRegex(@"^[a-z]+/[a-z0-9.+\-]+$")]
    private static partial Regex MimeRegex();

    /// <param name="fromService">The flow is a service file's steps: its summary may be generated, its first nik step is the subject's.</param>
    public static void Check(LoadContext context, FlowDefinition flow, string file, string expectedId, bool fromService = false)
    {
        if (flow.Id != expectedId) context.Errors.Add(file, "$.id", $"the id '{flow.Id}' must equal the file name '{expectedId}'");
        if (flow.Steps.Count == 0) context.Errors.Add(file, "$.steps", "a flow needs at least one step");
        var fields = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < flow.Steps.Count; i++)
        {
            var step = flow.Steps[i];
            var at = JsonPaths.Index("$.steps", i);
            if (!FieldRegex().IsMatch(step.Field)) context.Errors.Add(file, at + ".field", $"invalid field name '{step.Field}' (letters and digits, starting with a letter, e.g. fullName)");
            else if (!fields.Add(step.Field)) context.Errors.Add(file, at + ".field", $"duplicate field '{step.Field}' (each step needs its own field name)");
            if (!context.Errors.IsSuppressed(file, at)) CheckStep(context, file, at, step);
        }

        var summary = flow.Summary;
        if (!summary.IsGenerated || !fromService) TextReferences.Require(context, file, "$.summary.text", summary.Text, fields);
        TextReferences.Require(context, file, "$.summary.ask", summary.Ask, []);
        TextReferences.Require(context, file, "$.summary.retry", summary.Retry, []);
        TextReferences.Require(context, file, "$.summary.whichField", summary.WhichField, ["fields"]);
        TextReferences.Require(context, file, "$.summary.fieldLine", summary.FieldLine, ["number", "label"]);
        if (summary.Cancelled is not null) TextReferences.Require(context, file, "$.summary.cancelled", summary.Cancelled, []);
        if (flow.Done is { } done)
        {
            TextReferences.Require(context, file, "$.done.created", done.Created, ["code", "position", "wait"]);
            TextReferences.Require(context, file, "$.done.joined", done.Joined, ["code", "position", "wait"]);
        }
    }

    private static void CheckStep(LoadContext context, string file, string at, FlowStep step)
    {
        var documents = step.Type == StepType.Documents;
        if (!documents) TextReferences.Require(context, file, at + ".ask", step.Ask, TextContract.ForAsk(step.Type));
        else if (step.Ask.Length > 0) TextReferences.Require(context, file, at + ".ask", step.Ask, TextContract.ForAsk(step.Type));
        var codes = StepErrorCodes.For(step.Type);
        foreach (var (code, key) in step.Retry)
        {
            var codeAt = JsonPaths.Property(at + ".retry", code);
            if (!codes.Contains(code)) context.Errors.Add(file, codeAt, $"unknown error code '{code}' for a {Name(step.Type)} step (expected {string.Join(", ", codes)})");
            else TextReferences.Require(context, file, codeAt, key, TextContract.ForRetry(step.Type, code));
        }

        var missing = codes.Where(c => !step.Retry.ContainsKey(c)).ToList();
        if (missing.Count > 0 && !documents) context.Errors.Add(file, at + ".retry", $"missing the text for error code {string.Join(", ", missing.Select(c => "'" + c + "'"))}");
        if (step.Optional && step.SkipWords is null) context.Errors.Add(file, at, "an optional step needs 'skipWords' (the text key of the words that skip it)");
        if (step.Optional && step.Type is not (StepType.Media or StepType.Phone))
        {
            context.Errors.Add(file, at + ".optional", $"only a media step (skipped: no file) or a phone step (skipped: the citizen's WhatsApp number) can be optional, not a {Name(step.Type)} step");
        }

        if (!step.Optional && step.SkipWords is not null) context.Errors.Add(file, at + ".skipWords", "only an optional step can be skipped (add \"optional\": true)");
        if (step.SkipWords is not null) TextReferences.Require(context, file, at + ".skipWords", step.SkipWords, []);
        if (step.Label is not null) TextReferences.Require(context, file, at + ".label", step.Label, []);
        if (step.Accepted is not null) TextReferences.Require(context, file, at + ".accepted", step.Accepted, []);
        if (step.Declined is not null)
        {
            if (step.Type != StepType.Confirm) context.Errors.Add(file, at + ".declined", "'declined' applies to confirm steps only");
            TextReferences.Require(context, file, at + ".declined", step.Declined, []);
        }

        if (step.Display is not null)
        {
            TextReferences.Require(context, file, at + ".display.given", step.Display.Given, []);
            TextReferences.Require(context, file, at + ".display.skipped", step.Display.Skipped, []);
        }

        CheckChoices(context, file, at, step);
        if (step.Constraints is not null) CheckConstraints(context, file, at + ".constraints", step.Type, step.Constraints);
        if (step.Type == StepType.Media && step.Constraints?.ContentTypes is null)
        {
            context.Errors.Add(file, at, "a media step needs constraints.contentTypes (e.g. [\"image/jpeg\", \"application/pdf\"])");
        }
    }

    private static void CheckChoices(LoadContext context, string file, string at, FlowStep step)
    {
        var choices = step.Choices;
        if (step.Type != StepType.Choice)
        {
            if (choices is not null) context.Errors.Add(file, at + ".choices", $"'choices' applies to choice steps only, not to a {Name(step.Type)} step");
            return;
        }

        if (choices is null || (choices.Source is null) == (choices.Items is null))
        {
            context.Errors.Add(file, at + ".choices", "a choice step needs 'choices' with either a \"source\" (" + string.Join(", ", StepChoices.KnownSources) + ") or a list of \"items\"");
            return;
        }

        if (choices.Source is not null && !StepChoices.KnownSources.Contains(choices.Source))
        {
            context.Errors.Add(file, at + ".choices.source", $"unknown choices source '{choices.Source}' (expected one of {string.Join(", ", StepChoices.KnownSources)})");
        }

        var items = choices.Items ?? [];
        if (choices.Items is not null && items.Count < 2) context.Errors.Add(file, at + ".choices.items", "a choice needs at least two items");
        var values = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var itemAt = JsonPaths.Index(at + ".choices.items", i);
            if (string.IsNullOrWhiteSpace(items[i].Value)) context.Errors.Add(file, itemAt + ".value", "the value is empty");
            else if (!values.Add(items[i].Value)) context.Errors.Add(file, itemAt + ".value", $"duplicate value '{items[i].Value}'");
            TextReferences.Require(context, file, itemAt + ".text", items[i].Text, []);
        }
    }

    private static void CheckConstraints(LoadContext context, string file, string at, StepType type, StepConstraints c)
    {
        void NotFor(string name, object? value, params StepType[] types)
        {
            if (value is not null && !types.Contains(type))
            {
                context.Errors.Add(file, at + "." + name, $"'{name}' does not apply to a {Name(type)} step (only to {string.Join(", ", types.Select(Name))})");
            }
        }

        NotFor("minLength", c.MinLength, StepType.Text, StepType.Name, StepType.Address);
        NotFor("maxLength", c.MaxLength, StepType.Text, StepType.Name, StepType.Address);
        NotFor("pattern", c.Pattern, StepType.Text, StepType.Name, StepType.Address);
        NotFor("notInFuture", c.NotInFuture, StepType.Date);
        NotFor("maxAgeDays", c.MaxAgeDays, StepType.Date);
        NotFor("notBefore", c.NotBefore, StepType.Date);
        NotFor("contentTypes", c.ContentTypes, StepType.Media);
        NotFor("maxBytes", c.MaxBytes, StepType.Media);
        if (c.MinLength is < 0) context.Errors.Add(file, at + ".minLength", "cannot be negative");
        if (c.MaxLength is < 1) context.Errors.Add(file, at + ".maxLength", "must be at least 1");
        if (c.MinLength is { } min && c.MaxLength is { } max && min > max) context.Errors.Add(file, at, $"minLength ({min}) is greater than maxLength ({max})");
        if (c.MaxAgeDays is < 1) context.Errors.Add(file, at + ".maxAgeDays", "must be at least 1");
        if (c.MaxBytes is <= 0) context.Errors.Add(file, at + ".maxBytes", "must be greater than 0");
        if (c.Pattern is not null)
        {
            try
            {
                _ = new Regex(c.Pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                context.Errors.Add(file, at + ".pattern", $"not a valid regular expression: {e.Message}");
            }
        }

        if (c.ContentTypes is { } types)
        {
            if (types.Count == 0) context.Errors.Add(file, at + ".contentTypes", "list at least one type");
            for (var i = 0; i < types.Count; i++)
            {
                if (!MimeRegex().IsMatch(types[i])) context.Errors.Add(file, JsonPaths.Index(at + ".contentTypes", i), $"'{types[i]}' is not a media type such as image/jpeg");
            }
        }
    }

    private static string Name(StepType type) => type.ToString().ToLowerInvariant();
}
