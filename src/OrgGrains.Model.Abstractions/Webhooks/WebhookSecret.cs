using System.Security.Cryptography;
using System.Text;

namespace OrgGrains.Model;

/// <summary>Signing secrets and signatures of the Standard Webhooks convention
/// (https://www.standardwebhooks.com): a secret is <c>whsec_</c> + base64 of random bytes, and a
/// signature is <c>v1,</c> + base64(HMAC-SHA256(those bytes, <c>{id}.{timestamp}.{body}</c>)), so
/// receivers can verify with any Standard Webhooks library.</summary>
public static class WebhookSecret
{
    private const string Prefix = "whsec_";

    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }
}
