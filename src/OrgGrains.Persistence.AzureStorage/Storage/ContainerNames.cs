using System.Security.Cryptography;
using System.Text;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Container names the Blob service accepts: 3–63 characters of lower-case letters,
/// digits and single hyphens, starting and ending with a letter or digit.</summary>
internal static class ContainerNames
{
    /// <summary>A valid container name for a provider name. Names already valid are kept; others
    /// are lower-cased and cleaned, with a short hash of the original so that two names which
    /// clean up alike ("My_Store", "my-store") still get their own containers.</summary>
    public static string FromProviderName(string name)
    {
        if (IsValid(name))
        {
            return name;
        }

        var cleaned = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            var valid = c is >= 'a' and <= 'z' or >= '0' and <= '9';
            if (valid)
            {
                cleaned.Append(c);
            }
            else if (cleaned.Length > 0 && cleaned[^1] != '-')
            {
                cleaned.Append('-');
            }
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8].ToLowerInvariant();
        var stem = cleaned.ToString().Trim('-');
        if (stem.Length > 63 - 9)
        {
            stem = stem[..(63 - 9)].TrimEnd('-');
        }

        return stem.Length == 0 ? "grains-" + hash : stem + "-" + hash;
    }

    public static bool IsValid(string name)
        => name.Length is >= 3 and <= 63
           && char.IsAsciiLetterLower(name[0]) | char.IsAsciiDigit(name[0])
           && char.IsAsciiLetterLower(name[^1]) | char.IsAsciiDigit(name[^1])
           && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
           && !name.Contains("--", StringComparison.Ordinal);
}
