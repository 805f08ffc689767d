using System.Diagnostics.CodeAnalysis;

namespace Workflow.Engine.Messaging.Configuration;

/// <summary>An <c>amqp://</c> URI taken apart, so credentials and vhost never depend on how a client library reads URIs.</summary>
internal sealed record RabbitMqAddress(string Host, int Port, string VirtualHost, string Username, string Password, bool UseTls)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out RabbitMqAddress? address, out string problem)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            problem = $"必须是 amqp://用户:密码@主机:端口/vhost 形式的地址（当前 '{Redact(text)}'）。";
            return false;
        }
        if (uri.Scheme is not ("amqp" or "amqps"))
        {
            problem = $"的协议必须是 amqp 或 amqps（当前 '{uri.Scheme}'）。";
            return false;
        }
        var tls = uri.Scheme == "amqps";
        var (user, password) = ("guest", "guest");
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        address = new RabbitMqAddress(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? (tls ? 5671 : 5672) : uri.Port,
            path.Length == 0 ? "/" : path, user, password, tls);
        problem = "";
        return true;
    }

    /// <summary>Never echo a password into a start-up error or a log.</summary>
    private static string Redact(string? text) =>
        text is null ? "" : System.Text.RegularExpressions.Regex.Replace(text, "://[^@/]*@", "://***@");
}
