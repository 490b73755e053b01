using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OrgGrains.Server.Tests.Security;

/// <summary>Tokens as an identity provider would sign them, for a server configured with
/// <see cref="Settings"/> (a shared HS256 key, issuer and audience, as in production).</summary>
internal static class TestTokens
{
    public const string Issuer = "https://login.example.test/orggrains";
    public const string Audience = "api://orggrains";

    public static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>Production sign-in settings for the server under test.</summary>
    public static Dictionary<string, string> Settings() => new()
    {
        ["Auth:SigningKey"] = Convert.ToBase64String(Key),
        ["Auth:Issuer"] = Issuer,
        ["Auth:Audience"] = Audience,
    };

    public static string Create(
        string role = "admin", string subject = "alice@example.test", string issuer = Issuer, string audience = Audience,
        DateTime? expires = null, byte[]? key = null, string[]? domains = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["roles"] = new[] { role } };
        if (domains is not null)
            claims["domains"] = domains;
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = expiry.AddHours(-2),
            IssuedAt = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? Key), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The same claims, unsigned (<c>"alg": "none"</c>, RFC 7519 §6): must never be accepted.</summary>
    public static string Unsigned(string role = "admin")
    {
        static string Part(string json) => Base64UrlEncoder.Encode(json);
        var exp = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        return Part("""{"alg":"none","typ":"JWT"}""") + "." +
            Part($$"""{"sub":"mallory","roles":["{{role}}"],"iss":"{{Issuer}}","aud":"{{Audience}}","exp":{{exp}}}""") + ".";
    }
}
