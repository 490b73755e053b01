namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Options of <c>AddAzureBlobGrainStorage</c>.</summary>
public sealed class AzureBlobStorageOptions : AzureBlobConnectionOptions;
