using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Appends a shared access signature's query parameters to every request.</summary>
internal sealed class SasPolicy(AzureSasCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        // Read on every request so a rotated SAS (AzureSasCredential.Update) takes effect at once.
        var sas = credential.Signature.TrimStart('?');
        var uri = message.Request.Uri;
        var query = uri.Query.TrimStart('?');
        uri.Query = query.Length == 0 ? "?" + sas : "?" + query + "&" + sas;
    }
}
