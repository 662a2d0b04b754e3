namespace Chatbot.Core.Activation;

/// <summary>Where an activation session is held. Stored by name.</summary>
public enum SessionPlaceKind
{
    /// <summary>At the Disdukcapil office itself.</summary>
    Office,

    /// <summary>At a kecamatan office (the officers come to the area).</summary>
    Kecamatan,

    /// <summary>At an institution's site: a company, an OPD (the officers come to the workers).</summary>
    Institution,
}
