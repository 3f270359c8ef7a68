using System.Net;
using QRCoder;

namespace IntegrationsNetz.Web.Accounts;

/// <summary>
/// The otpauth URI as a QR code in inline SVG, drawn on the server (no JavaScript, no image request that could
/// leak the key to a log). The SVG is generated from modules only, so nothing of the URI appears in it as text.
/// </summary>
public static class AuthenticatorQrCode
{
    public static string Svg(string otpauthUri, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        // One image with a text alternative for screen readers; the key stays on the page as text as well.
        return "<svg role=\"img\" aria-label=\"" + WebUtility.HtmlEncode(label) + "\" " + svg[svg.IndexOf("<svg ", StringComparison.Ordinal)..][5..];
    }
}
