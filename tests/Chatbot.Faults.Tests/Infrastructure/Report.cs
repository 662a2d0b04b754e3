using System.Globalization;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>Writes a line to the test output and to the console (so that it shows in CI logs).</summary>
public sealed class Report(ITestOutputHelper output)
{
    public void Line(string text)
    {
        var stamped = DateTimeOffset.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + text;
        try
        {
            output.WriteLine(stamped);
        }
        catch (InvalidOperationException)
        {
            // The test already finished.
        }

        Console.WriteLine(stamped);
    }
}
