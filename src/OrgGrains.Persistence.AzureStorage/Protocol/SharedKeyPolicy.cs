using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Signs every attempt of a request with the account key. Runs per retry, after every
/// other policy has set its headers, so the signature covers what is actually sent.</summary>
internal sealed class SharedKeyPolicy(SharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture));

        long? contentLength = request.Content is { } content && content.TryComputeLength(out var length) ? length : null;
        var headers = request.Headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToList();
        var stringToSign = SharedKeyStringToSign.Build(request.Method.Method, headers, contentLength, request.Uri.ToUri(), credential.AccountName);
        request.Headers.SetValue("Authorization", $"SharedKey {credential.AccountName}:{credential.ComputeSignature(stringToSign)}");
    }
}
