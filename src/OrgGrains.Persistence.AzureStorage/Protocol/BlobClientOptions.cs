using Azure.Core;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>The HTTP pipeline's settings: <see cref="ClientOptions.Retry"/> (attempts, back-off,
/// per-attempt network timeout) and <see cref="ClientOptions.Transport"/>.</summary>
public sealed class BlobClientOptions : ClientOptions
{
    public BlobClientOptions()
    {
        Diagnostics.ApplicationId = "OrgGrains";
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromMilliseconds(400);
        Retry.MaxDelay = TimeSpan.FromSeconds(10);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}
