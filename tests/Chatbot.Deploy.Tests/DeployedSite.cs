using System.Net.Security;
using System.Net.Sockets;
using Chatbot.Testing;
using Chatbot.Twilio;

namespace Chatbot.Deploy.Tests;

/// <summary>
/// The deployment as an office runs it, on loopback: redis-server, the service as a real process (Production,
/// Proxy:KnownProxies = 127.0.0.1, Twilio:PublicBaseUrl = nginx's https URL) and nginx with deploy/'s site in front.
/// <see cref="Https"/> talks to nginx only, as Twilio and the operators' browsers would.
/// </summary>
public sealed class DeployedSite : IAsyncLifetime
{
    private readonly RedisServerFixture redis = new();

    public NginxSite Nginx { get; private set; } = null!;

    public ServiceProcess Service { get; private set; } = null!;

    public TwilioOptions Account { get; } = new()
    {
        AccountSid = "AC" + new string('d', 32),
        AuthToken = "deploy-test-token-" + Guid.NewGuid().ToString("N"),
        WhatsAppFrom = "whatsapp:+14155238886",
    };

    public Dictionary<string, string> Settings { get; } = new();

    public HttpClient Https { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await redis.StartAsync();
        var httpsPort = FreePort.Next();
        Account.PublicBaseUrl = $"https://{NginxSite.ServerName}:{httpsPort}";
        Settings["ConnectionStrings__Redis"] = redis.ConnectionString;
        Settings["Redis__KeyPrefix"] = RedisServerFixture.NewKeyPrefix();
        Settings["Twilio__AccountSid"] = Account.AccountSid;
        Settings["Twilio__AuthToken"] = Account.AuthToken;
        Settings["Twilio__WhatsAppFrom"] = Account.WhatsAppFrom;
        Settings["Twilio__PublicBaseUrl"] = Account.PublicBaseUrl;
        Settings["Twilio__ApiBaseUrl"] = "http://127.0.0.1:9";  // nothing is sent: the workers are off
        Settings["Workers__Enabled"] = "false";
        Settings["Bot__DialogsPath"] = ServiceProcess.Dialogs;
        Settings["Proxy__KnownProxies__0"] = "127.0.0.1";
        Settings["Logging__LogLevel__Chatbot.Web.Operability.ClientAddressLog"] = "Trace";
        Service = await ServiceProcess.StartAsync(Settings);
        Nginx = await NginxSite.StartAsync(httpsPort, Service.Port);
        Https = new HttpClient(Handler(Nginx)) { BaseAddress = new Uri(Account.PublicBaseUrl), Timeout = TimeSpan.FromSeconds(20) };
    }

    public async Task DisposeAsync()
    {
        Https?.Dispose();
        if (Nginx is not null) await Nginx.DisposeAsync();
        Service?.Dispose();
        await redis.DisposeAsync();
    }

    /// <summary>Resolves the site's name to nginx's loopback port and trusts exactly its self-signed certificate.</summary>
    private static SocketsHttpHandler Handler(NginxSite nginx) => new()
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync("127.0.0.1", nginx.HttpsPort, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == nginx.Certificate.GetCertHashString(),
        },
    };
}
