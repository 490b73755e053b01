using System.Globalization;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>An account SAS for the Blob service, signed with the account key by the published
/// rules ("Create an account SAS", version 2020-12-06 and later, which signs an encryption-scope line).</summary>
public static class AccountSas
{
    public static string Create(SharedKeyCredential key, string permissions, DateTimeOffset expiry)
    {
        const string Version = "2025-01-05";
        var expires = expiry.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var stringToSign = string.Join('\n', key.AccountName, permissions, "b", "sco", "", expires, "", "https,http", Version, "", "");
        return $"sv={Version}&ss=b&srt=sco&sp={permissions}&se={Uri.EscapeDataString(expires)}&spr=https,http&sig={Uri.EscapeDataString(key.ComputeSignature(stringToSign))}";
    }
}
