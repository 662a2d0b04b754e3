namespace Chatbot.Dialogs.Catalog.Texts;

/// <summary>
/// Keys of the texts the service catalogue's engine says (requirements, documents, free-text requests, for whom), with
/// their placeholders. Each service's own texts are in its file (dialogs/services/{id}.json).
/// </summary>
public static class CatalogueTextKeys
{
    public const string MenuMoreOption = "menu.moreOption";
    public const string MenuMoreOptions = "menu.moreOptions";
    public const string MenuBackOption = "menu.backOption";

    public const string SummaryHeader = "summary.header";
    public const string SummaryValueLine = "summary.valueLine";

    public const string RequestForAsk = "requestFor.ask";
    public const string RequestForRetry = "requestFor.retry";
    public const string RequestForCitizen = "requestFor.citizen";
    public const string RequestForFamilyMember = "requestFor.familyMember";
    public const string RequestForLabel = "label.requestFor";
    public const string AskNikFamilyMember = "ask.nik.familyMember";
    public const string NikAgentHint = "nik.agentHint";

    public const string Requirements = "service.requirements";
    public const string RequirementLine = "service.requirementLine";
    public const string RequirementOptional = "service.requirementOptional";
    public const string RequirementWhen = "service.requirementWhen";
    public const string NoRequirements = "service.noRequirements";
    public const string WorkingDays = "service.workingDays";
    public const string SameDay = "service.sameDay";
    public const string Free = "service.free";
    public const string Offer = "service.offer";
    public const string OfferRetry = "service.offerRetry";
    public const string OfferDeclined = "service.offerDeclined";
    public const string InformationOnly = "service.informationOnly";

    public const string Ambiguous = "recognize.ambiguous";
    public const string AmbiguousRetry = "recognize.ambiguousRetry";
    public const string NotPlaced = "recognize.notPlaced";
    public const string Fees = "fees.answer";

    public const string DocumentsIntro = "documents.intro";
    public const string DocumentsAsk = "documents.ask";
    public const string DocumentsAskOptional = "documents.askOptional";
    public const string DocumentsReceived = "documents.received";
    public const string DocumentsComplete = "documents.complete";
    public const string DocumentsNone = "documents.none";
    public const string DocumentsWrongType = "documents.wrongType";
    public const string DocumentsTooLarge = "documents.tooLarge";
    public const string DocumentsMissing = "documents.missing";
    public const string DocumentsUnsupported = "documents.unsupported";
    public const string DocumentsDoneWords = "documents.doneWords";
    public const string DocumentsSkipWords = "documents.skipWords";
    public const string DocumentsSummary = "documents.summary";
    public const string DocumentsLabel = "label.documents";

    public const string MediaUnexpected = "media.unexpected";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Required { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [MenuMoreOption] = [],
        [MenuMoreOptions] = ["options"],
        [MenuBackOption] = [],
        [SummaryHeader] = [],
        [SummaryValueLine] = ["label", "value"],
        [RequestForAsk] = ["choices"],
        [RequestForRetry] = ["choices"],
        [RequestForCitizen] = [],
        [RequestForFamilyMember] = [],
        [RequestForLabel] = [],
        [AskNikFamilyMember] = [],
        [NikAgentHint] = [],
        [Requirements] = ["service", "list", "typical", "sla"],
        [RequirementLine] = ["name", "note"],
        [RequirementOptional] = [],
        [RequirementWhen] = ["condition"],
        [NoRequirements] = [],
        [WorkingDays] = ["n"],
        [SameDay] = [],
        [Free] = [],
        [Offer] = ["service"],
        [OfferRetry] = [],
        [OfferDeclined] = [],
        [InformationOnly] = [],
        [Ambiguous] = ["choices"],
        [AmbiguousRetry] = ["choices"],
        [NotPlaced] = [],
        [Fees] = ["channel"],
        [DocumentsIntro] = ["list"],
        [DocumentsAsk] = ["name", "maxMb"],
        [DocumentsAskOptional] = ["name", "maxMb"],
        [DocumentsReceived] = ["name"],
        [DocumentsComplete] = [],
        [DocumentsNone] = ["name"],
        [DocumentsWrongType] = ["name", "maxMb"],
        [DocumentsTooLarge] = ["name", "maxMb"],
        [DocumentsMissing] = ["list", "name"],
        [DocumentsUnsupported] = ["name"],
        [DocumentsDoneWords] = [],
        [DocumentsSkipWords] = [],
        [DocumentsSummary] = ["n"],
        [DocumentsLabel] = [],
        [MediaUnexpected] = [],
    };
}
