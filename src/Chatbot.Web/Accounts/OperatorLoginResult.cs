using Chatbot.Core.Accounts;

namespace Chatbot.Web.Accounts;

/// <summary>The outcome of a sign-in; <see cref="Account"/> is set only when it succeeded.</summary>
public sealed record OperatorLoginResult(OperatorLoginStatus Status, OperatorAccount? Account = null)
{
    public bool Succeeded => Status == OperatorLoginStatus.Succeeded;
}
