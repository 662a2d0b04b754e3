using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Chatbot.Testing;

namespace Chatbot.Deploy.Tests;

/// <summary>
/// Debian's nginx running deploy/nginx/layanan-adminduk.conf itself — only the name, ports, certificate paths and
/// upstream substituted — with a self-signed certificate made here, on free loopback ports, in its own folder.
/// </summary>
public sealed class NginxSite : IAsyncDisposable
{
    public const string ServerName = "adminduk.test";
    private const string Binary = "/usr/sbin/nginx";

    private readonly Process process;
    private readonly string folder;

    private NginxSite(Process process, string folder, int httpsPort, X509Certificate2 certificate)
    {
        this.process = process;
        this.folder = folder;
        HttpsPort = httpsPort;
        Certificate = certificate;
    }

    public int HttpsPort { get; }

    public X509Certificate2 Certificate { get; }

    public string PublicBaseUrl => $"https://{ServerName}:{HttpsPort}";

    public static string SiteFile => Path.Combine(RepoPaths.Root, "deploy", "nginx", "layanan-adminduk.conf");

    public static async Task<NginxSite> StartAsync(int httpsPort, int upstreamPort)
    {
        if (!File.Exists(Binary)) throw new InvalidOperationException($"{Binary} is missing: scripts/test installs Debian's nginx (apt-get install nginx).");
        var folder = Directory.CreateTempSubdirectory("chatbot-nginx-").FullName;
        var certificate = SelfSigned(folder);
        var httpPort = FreePort.Next();

        var site = Substitute(await File.ReadAllTextAsync(SiteFile), new()
        {
            ["adminduk.example.go.id;"] = ServerName + ";",
            ["listen 443 ssl;"] = $"listen 127.0.0.1:{httpsPort} ssl;",
            ["listen [::]:443 ssl;"] = string.Empty,
            ["listen 80;"] = $"listen 127.0.0.1:{httpPort};",
            ["listen [::]:80;"] = string.Empty,
            ["/etc/letsencrypt/live/adminduk.example.go.id/fullchain.pem"] = Path.Combine(folder, "cert.pem"),
            ["/etc/letsencrypt/live/adminduk.example.go.id/privkey.pem"] = Path.Combine(folder, "key.pem"),
            ["server 127.0.0.1:5000;"] = $"server 127.0.0.1:{upstreamPort};",
        });
        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site);
        // What /etc/nginx/nginx.conf gives a site on Debian, kept inside the folder (no root paths, no daemon).
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            user root;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/site.conf;
            }
            """);

        var start = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" }) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx could not be started");
        var nginx = new NginxSite(process, folder, httpsPort, certificate);
        await nginx.WaitListeningAsync();
        return nginx;
    }

    public string ErrorLog() => File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : string.Empty;

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Certificate.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private async Task WaitListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited ({process.ExitCode}): {await process.StandardError.ReadToEndAsync()}\n{ErrorLog()}");
            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync("127.0.0.1", HttpsPort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("nginx did not listen within 20 s:\n" + ErrorLog());
    }

    /// <summary>Each placeholder must be in the site file: the test runs the file as shipped, or fails.</summary>
    private static string Substitute(string text, Dictionary<string, string> replacements)
    {
        foreach (var (from, to) in replacements)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"deploy/nginx/layanan-adminduk.conf no longer contains \"{from}\"");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static X509Certificate2 SelfSigned(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={ServerName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(ServerName);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }
}
