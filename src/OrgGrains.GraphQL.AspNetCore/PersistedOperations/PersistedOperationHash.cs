using System.Security.Cryptography;
using System.Text;

namespace OrgGrains.GraphQL.AspNetCore.PersistedOperations;

public static class PersistedOperationHash
{
    /// <summary>The lowercase hex SHA-256 of the UTF-8 text, as Apollo's automatic persisted queries use.</summary>
    public static string Of(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
