using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OrgGrains.Webhooks;

/// <summary>Posts one event, signed, and tells what happened; never throws for the receiver's sake.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookOptions options, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookDeliveryAttempt> SendAsync(string url, string secret, WebhookEvent change, int attempt)
    {
        var at = clock.GetUtcNow();
        var timestamp = at.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(change.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", change.Id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSecret.Sign(secret, change.Id, timestamp, change.Body));
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(options.RequestTimeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            int status = (int)response.StatusCode;
            return new WebhookDeliveryAttempt(change.Id, change.Type, attempt, at, status, null, watch.Elapsed, response.IsSuccessStatusCode);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new WebhookDeliveryAttempt(change.Id, change.Type, attempt, at, null, $"No answer within {options.RequestTimeout.TotalSeconds:0.###} s.", watch.Elapsed, false);
        }
        catch (HttpRequestException ex)
        {
            return new WebhookDeliveryAttempt(change.Id, change.Type, attempt, at, null, ex.Message, watch.Elapsed, false);
        }
    }
}
