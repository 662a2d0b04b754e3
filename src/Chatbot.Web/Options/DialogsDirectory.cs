namespace Chatbot.Web.Options;

/// <summary>Finds <see cref="BotOptions.DialogsPath"/> on disk: as given when absolute, else from the content root and then each parent folder.</summary>
public static class DialogsDirectory
{
    public static string? Resolve(string dialogsPath, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(dialogsPath)) return null;
        if (Path.IsPathRooted(dialogsPath)) return Directory.Exists(dialogsPath) ? Path.GetFullPath(dialogsPath) : null;

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, dialogsPath);
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }

        return null;
    }
}
