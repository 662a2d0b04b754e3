using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// "For whom is the request?": asked by the bot itself, before the first NIK, of a service that may be for the citizen
/// or a family member. The NIK question then names whose NIK it is.
/// </summary>
public static class RecipientStep
{
    public const string Field = "requestFor";
    public const string CitizenValue = "citizen";
    public const string FamilyMemberValue = "familyMember";

    public static bool IsAsked(ServiceDefinition service) =>
        service.RequestFor.Contains(ServiceRecipient.Citizen) && service.RequestFor.Contains(ServiceRecipient.FamilyMember);

    /// <summary>The service's steps with the question before the first nik step (unchanged when it is not asked).</summary>
    public static IReadOnlyList<FlowStep> Insert(ServiceDefinition service)
    {
        var steps = service.Steps.ToList();
        var nik = steps.FindIndex(s => s.Type == StepType.Nik);
        if (!IsAsked(service) || nik < 0) return steps;
        steps.Insert(nik, Step);
        return steps;
    }

    /// <summary>True when the answers say the request is for a family member.</summary>
    public static bool ForFamilyMember(IReadOnlyDictionary<string, object?> answers) =>
        answers.TryGetValue(Field, out var value) && value as string == FamilyMemberValue;

    private static FlowStep Step { get; } = new()
    {
        Field = Field,
        Type = StepType.Choice,
        Ask = CatalogueTextKeys.RequestForAsk,
        Retry = new Dictionary<string, string> { [StepErrorCodes.Invalid] = CatalogueTextKeys.RequestForRetry },
        Label = CatalogueTextKeys.RequestForLabel,
        Choices = new StepChoices
        {
            Items =
            [
                new ChoiceItem { Value = CitizenValue, Text = CatalogueTextKeys.RequestForCitizen },
                new ChoiceItem { Value = FamilyMemberValue, Text = CatalogueTextKeys.RequestForFamilyMember },
            ],
        },
    };
}
