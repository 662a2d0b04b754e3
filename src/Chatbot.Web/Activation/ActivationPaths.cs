using Chatbot.Web.Api;

namespace Chatbot.Web.Activation;

/// <summary>The addresses of the IKD activation API.</summary>
public static class ActivationPaths
{
    public const string Root = ApiPaths.Root + "/ikd";
    public const string Sessions = Root + "/sessions";
    public const string Groups = Root + "/groups";
    public const string Institutions = Root + "/institutions";
}
