using System.Security.Cryptography;
using System.Text;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>A storage account's name and one of its access keys: what Shared Key requests and
/// account SAS tokens are signed with.</summary>
public sealed class SharedKeyCredential
{
    private readonly byte[] _key;

    public SharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        AccountName = accountName;
        try
        {
            _key = Convert.FromBase64String(accountKey);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The account key of storage account '{accountName}' is not valid base64.", nameof(accountKey), e);
        }
    }

    public string AccountName { get; }

    /// <summary>Base64 of HMAC-SHA256 over the UTF-8 string, keyed with the decoded account key.</summary>
    public string ComputeSignature(string stringToSign)
        => Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));
}
