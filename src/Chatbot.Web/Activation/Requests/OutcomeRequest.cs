namespace Chatbot.Web.Activation;

/// <summary>
/// The officer's record for one booking: <see cref="Status"/> Activated, Failed or NoShow; <see cref="Failure"/> (NoPhone,
/// NoEmail, NotRecorded, AppError) with Failed only.
/// </summary>
public sealed record OutcomeRequest(string? Status, string? Failure, string? Note);
