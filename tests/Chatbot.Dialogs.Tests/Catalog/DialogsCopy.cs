using Chatbot.Dialogs.Catalog;
using Chatbot.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Chatbot.Dialogs.Tests.Catalog;

/// <summary>A copy of the real dialogs folder in a temp dir (named "dialogs"), to break one thing at a time.</summary>
internal sealed class DialogsCopy : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "dialogs-test-" + Guid.NewGuid().ToString("N"));

    public DialogsCopy() => Copy(RealPath, DialogsPath);

    public static string RealPath => Path.Combine(RepoPaths.Root, "dialogs");

    public string DialogsPath => Path.Combine(root, "dialogs");

    public string File(string relative) => Path.Combine(DialogsPath, relative);

    public void Write(string relative, string content) => System.IO.File.WriteAllText(File(relative), content);

    /// <summary>Changes one JSON file through its object model and writes it back.</summary>
    public void Edit(string relative, Action<JObject> change)
    {
        var json = JObject.Parse(System.IO.File.ReadAllText(File(relative)));
        change(json);
        Write(relative, json.ToString(Formatting.Indented));
    }

    /// <summary>Loads the copy, expecting failure, and returns every error.</summary>
    public IReadOnlyList<DialogFileException> Errors()
    {
        var failure = Assert.Throws<DialogCatalogException>(() => DialogCatalog.Load(DialogsPath));
        Assert.NotEmpty(failure.Errors);
        return failure.Errors;
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    /// <summary>Everything the catalogue reads (the transcripts are not needed).</summary>
    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.json")) System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) != "transcripts")) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
