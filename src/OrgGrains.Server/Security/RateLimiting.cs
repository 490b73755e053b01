using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OrgGrains.Server.Security;

/// <summary>Requests per caller per window (configuration section <c>RateLimit</c>): one fixed
/// window per signed-in caller (token subject or API key), per client address for anonymous
/// callers. Over the limit: 429 with <c>Retry-After</c> (RFC 9110 §10.2.3) and a GraphQL error.</summary>
internal static class RateLimiting
{
    public const string Policy = "per-caller";

    public sealed class Settings
    {
        public int PermitLimit { get; set; } = 600;

        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    }

    public static IServiceCollection AddPerCallerRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimit").Get<Settings>() ?? new Settings();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = settings.Window,
                QueueLimit = 0,
            }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : settings.Window;
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.Response.WriteAsJsonAsync(new
                {
                    errors = new[] { new { message = $"Too many requests: at most {settings.PermitLimit} per {settings.Window}.", extensions = new { code = "RATE_LIMITED" } } },
                }, cancellationToken);
            };
        });
    }

    private static string PartitionOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? "caller:" + context.RequestServices.GetRequiredService<CallerClaims>().From(context.User).Actor
            : "address:" + context.Connection.RemoteIpAddress;
}
