using System.Text.Json;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gateway.Ide;

/// <summary>
/// Serves Banana Cake Pop from local files: a browser GET of <c>/graphql</c> (an <c>Accept</c> with
/// <c>text/html</c> and no <c>query</c> parameter) is redirected to <c>/graphql/</c>, which serves the IDE; its
/// files live under <c>/graphql/</c> and <c>bcp-config.json</c> is generated (telemetry off, the page URL as the
/// endpoint). GraphQL GET and POST requests pass through untouched.
/// </summary>
internal sealed partial class BananaCakePopMiddleware
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly RequestDelegate _next;
    private readonly PathString _path;
    private readonly string? _root;
    private readonly byte[] _config;

    public BananaCakePopMiddleware(RequestDelegate next, PathString path, IOptions<IdeOptions> options, ILogger<BananaCakePopMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _next = next;
        _path = path;
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "ide")) + Path.DirectorySeparatorChar;
        if (File.Exists(Path.Combine(root, "index.html")))
        {
            _root = root;
        }
        else
        {
            LogIdeMissing(logger, root);
        }

        _config = CreateConfig(options.Value);
    }

    /// <summary>Whether the request is for the IDE rather than for GraphQL.</summary>
    public static bool IsIdeRequest(HttpContext context, PathString path)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        if (request.Path == path)
        {
            return !request.Query.ContainsKey("query") && AcceptsHtml(request);
        }

        return request.Path.StartsWithSegments(path, out var rest) && rest.HasValue && !request.Query.ContainsKey("query");
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsIdeRequest(context, _path) || _root is null)
        {
            await _next(context);
            return;
        }

        if (request.Path == _path)
        {
            context.Response.Redirect($"{request.PathBase}{_path}/{request.QueryString}");
            return;
        }

        request.Path.StartsWithSegments(_path, out var rest);
        var file = rest.Value!.TrimStart('/');
        if (file.Length == 0)
        {
            file = "index.html";
        }

        if (file == "bcp-config.json")
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.Body.WriteAsync(_config, context.RequestAborted);
            return;
        }

        // Only files under the IDE folder: a path that climbs out of it is not served.
        var info = new FileInfo(Path.GetFullPath(Path.Combine(_root, file)));
        if (!info.FullName.StartsWith(_root, StringComparison.Ordinal) || !info.Exists)
        {
            await _next(context);
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = file.StartsWith("static/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        context.Response.ContentLength = info.Length;
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        await context.Response.SendFileAsync(info.FullName, context.RequestAborted);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    private static byte[] CreateConfig(IdeOptions options)
    {
        var config = new Dictionary<string, object?>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["disableTelemetry"] = true,
            ["title"] = options.Title,
            ["graphQLDocument"] = options.ExampleDocument,
            ["includeCookies"] = false,
        };
        if (!string.IsNullOrEmpty(options.PrefilledToken))
        {
            config["httpHeaders"] = new Dictionary<string, string> { ["api_access_token"] = options.PrefilledToken };
        }

        return JsonSerializer.SerializeToUtf8Bytes(config);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The IDE is enabled but its files are missing under {Root}; build without SkipIdeInstall to install them.")]
    private static partial void LogIdeMissing(ILogger logger, string root);
}
