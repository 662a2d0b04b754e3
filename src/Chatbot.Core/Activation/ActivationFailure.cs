namespace Chatbot.Core.Activation;

/// <summary>Why an activation at the session did not succeed. Stored by name.</summary>
public enum ActivationFailure
{
    /// <summary>No smartphone of their own (or it cannot run the IKD app).</summary>
    NoPhone,

    /// <summary>No active e-mail address (the app sends a code to it).</summary>
    NoEmail,

    /// <summary>The e-KTP is not recorded (no biometric data to match).</summary>
    NotRecorded,

    /// <summary>The IKD app or the network failed.</summary>
    AppError,
}
