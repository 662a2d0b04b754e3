namespace Chatbot.Web.Simulator;

/// <summary>A photo or file uploaded in the simulator, as stored on disk.</summary>
public sealed record SimulatorMedia(string Id, string ContentType, string FileName, long Length, string Path);
