using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>Each way of authorizing, proven against a server that checks it: Azurite verifies
/// Shared Key signatures and SAS tokens; the token stub checks the bearer header.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuthorizationTests(AzuriteFixture azurite)
{
    private static readonly GrainId Grain = new("OrgGrains.Model.IPodGrain", "auth");
    private static readonly SharedKeyCredential Key = new(AzuriteServer.AccountName, AzuriteServer.AccountKey);

    [Fact]
    public async Task Shared_key_requests_are_accepted_and_a_wrong_key_is_refused()
    {
        var wrongKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        var storage = Storage(o => o.ConfigureBlobServiceClient(azurite.Server.BlobEndpoint, Key));
        var impostor = Storage(o => o.ConfigureBlobServiceClient(azurite.Server.BlobEndpoint, new SharedKeyCredential(AzuriteServer.AccountName, wrongKey)));

        await RoundtripAsync(storage);
        var error = await Assert.ThrowsAsync<AzureBlobStorageException>(() => impostor.WriteStateAsync("profile", Grain, new TestGrainState<string>("x")));
        Assert.Contains("403", error.Message);
        Assert.Contains("(shared key)", error.Message);
    }

    [Fact]
    public async Task An_account_sas_authorizes_within_its_permissions()
    {
        var name = "sas-" + Guid.NewGuid().ToString("N")[..8];
        var writer = Storage(o => o.ConfigureBlobServiceClient(azurite.Server.BlobEndpoint, new AzureSasCredential(AccountSas.Create(Key, "rwdlac", DateTimeOffset.UtcNow.AddHours(1)))), name);
        var reader = Storage(o => o.ConfigureBlobServiceClient(
            $"BlobEndpoint={azurite.Server.BlobEndpoint};SharedAccessSignature={AccountSas.Create(Key, "rl", DateTimeOffset.UtcNow.AddHours(1))}"), name);

        await RoundtripAsync(writer);
        var read = new TestGrainState<string>("");
        await reader.ReadStateAsync("profile", Grain, read);
        Assert.Equal("hello", read.State);

        var error = await Assert.ThrowsAsync<AzureBlobStorageException>(() => reader.WriteStateAsync("profile", Grain, read));
        Assert.Contains("403", error.Message);
        Assert.Contains("(SAS)", error.Message);
    }

    [Fact]
    public async Task A_token_credential_sends_a_bearer_token_for_the_storage_scope()
    {
        using var certificate = SelfSignedCertificate();
        await using var service = await StubBlobService.StartAsync(certificate);
        service.Intercept = request => request.Headers.Authorization == "Bearer token-for-org-grains" ? null : Results.StatusCode(401);
        var credential = new RecordingTokenCredential("token-for-org-grains");
        var storage = Storage(o =>
        {
            o.ConfigureBlobServiceClient(service.BlobEndpoint, credential);
            o.ClientOptions.Transport = new HttpClientTransport(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
            });
        });

        await RoundtripAsync(storage);

        Assert.Contains("https://storage.azure.com/.default", credential.Scopes);
        Assert.All(service.Requests, r => Assert.Equal("Bearer token-for-org-grains", r.Authorization));
        Assert.Contains(service.Requests, r => r.Method == "GET");
    }

    private static async Task RoundtripAsync(AzureBlobGrainStorage storage)
    {
        var state = new TestGrainState<string>("hello");
        await storage.WriteStateAsync("profile", Grain, state);
        var read = new TestGrainState<string>("");
        await storage.ReadStateAsync("profile", Grain, read);
        Assert.Equal("hello", read.State);
        Assert.Equal(state.ETag, read.ETag);
    }

    private static AzureBlobGrainStorage Storage(Action<AzureBlobStorageOptions> configure, string? name = null)
    {
        var options = new AzureBlobStorageOptions();
        configure(options);
        options.ClientOptions.Retry.MaxRetries = 0;
        return new AzureBlobGrainStorage(name ?? "auth-" + Guid.NewGuid().ToString("N")[..8], options, new JsonGrainStorageSerializer());
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Through PKCS#12 so the TLS stack gets a private key it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private sealed class RecordingTokenCredential(string token) : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Scopes)
            {
                Scopes.AddRange(requestContext.Scopes);
            }

            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => new(GetToken(requestContext, cancellationToken));
    }
}
