using System.Security.Cryptography;
using System.Text;

namespace IntegrationsNetz.Core.Content;

public static class TextFingerprint
{
    public static string Of(string title, string body)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n\u0000\n" + body));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    public static string NormalizeTitle(string title) => title.Trim();

    /// <summary>Browsers post CRLF; stored text uses LF so files and fingerprints do not change by accident.</summary>
    public static string NormalizeBody(string? body) => (body ?? string.Empty).Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd();
}
