using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>
/// Gives an answer the output cache is about to keep an ETag made from its bytes and a Last-Modified, so a browser's
/// next request gets 304 from the cache. From the bytes, not from a version number: two nodes that render the same
/// page give the same tag, and a re-render after the lifetime keeps it when nothing changed.
/// Runs only on a cache miss (a hit is answered by the output cache, which compares If-None-Match itself).
/// </summary>
public sealed class ContentValidators(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is not { AllowCacheStorage: true })
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.HasStarted)
        {
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), 0, 16)}\"", isWeak: true);
            response.Headers.ETag = tag.ToString();
            response.Headers.LastModified = HeaderUtilities.FormatDate(DateTimeOffset.UtcNow);
            if (EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var asked) && asked.Any(a => a.Compare(tag, useStrongComparison: false)))
            {
                // Same bytes as the browser has (rendered by another node, or before this entry's lifetime ended).
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }

            response.ContentLength = buffer.Length;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
