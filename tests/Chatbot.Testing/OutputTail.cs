namespace Chatbot.Testing;

/// <summary>What a child process wrote (stdout and stderr, the last <c>capacity</c> lines), for the failure report.</summary>
public sealed class OutputTail(int capacity = 50_000)
{
    private readonly Queue<string> lines = new();

    public void Add(string? line)
    {
        if (line is null) return;
        lock (lines)
        {
            lines.Enqueue(line);
            while (lines.Count > capacity) lines.Dequeue();
        }
    }

    /// <summary>The last lines, optionally only those matching <paramref name="keep"/>.</summary>
    public string Text(int last = 80, Func<string, bool>? keep = null)
    {
        lock (lines)
        {
            var kept = keep is null ? lines.ToList() : lines.Where(keep).ToList();
            return string.Join(Environment.NewLine, kept.Skip(Math.Max(0, kept.Count - last)));
        }
    }

    /// <summary>Everything kept, into a file.</summary>
    public void WriteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        lock (lines) File.WriteAllLines(path, lines);
    }
}
