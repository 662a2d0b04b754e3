using System.Text.RegularExpressions;
using Chatbot.Web.Options;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace Chatbot.Web.Simulator;

/// <summary>Uploaded media under Simulator:DataPath/media: the bytes in "{id}", the content type and name in "{id}.json".</summary>
public sealed partial class SimulatorMediaStore(IOptions<SimulatorOptions> options, IHostEnvironment environment)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private string Folder => Path.Combine(Path.GetFullPath(options.Value.DataPath, environment.ContentRootPath), "media");

    public async Task<SimulatorMedia> SaveAsync(IFormFile file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var id = Guid.NewGuid().ToString("N");
        var path = Path.Combine(Folder, id);
        await using (var target = File.Create(path))
        {
            await file.CopyToAsync(target, cancellationToken);
        }

        var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
        var media = new SimulatorMedia(id, contentType, Path.GetFileName(file.FileName), file.Length, path);
        await File.WriteAllTextAsync(path + ".json", JsonConvert.SerializeObject(new Meta(media.ContentType, media.FileName)), cancellationToken);
        return media;
    }

    public SimulatorMedia? Find(string id)
    {
        if (!IdPattern().IsMatch(id)) return null;
        var path = Path.Combine(Folder, id);
        if (!File.Exists(path) || !File.Exists(path + ".json")) return null;
        var meta = JsonConvert.DeserializeObject<Meta>(File.ReadAllText(path + ".json"));
        return meta is null ? null : new SimulatorMedia(id, meta.ContentType, meta.FileName, new FileInfo(path).Length, path);
    }

    private sealed record Meta(string ContentType, string FileName);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
