using System.Security.Cryptography;
using System.Text;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Blob names for any grain key: injective, URL-safe, and within the service's limits
/// (1,024 characters a name; no "." or ".." path segments, which URIs collapse; no segment
/// ending in a dot).</summary>
internal static class BlobNames
{
    /// <summary>An encoded part longer than this keeps a readable prefix and gets a hash instead of the rest.</summary>
    internal const int MaxPartLength = 200;
    private const int ReadablePrefixLength = MaxPartLength - 2 - 64;

    /// <summary>"{stateName}/{grainType}/{grainKey}.json": grouped by state and grain type, one blob a grain.</summary>
    public static string ForState(string stateName, string grainType, string grainKey)
        => $"{Encode(stateName)}/{Encode(grainType)}/{Encode(grainKey)}.json";

    /// <summary>"{grainType}/{grainKey}/": the prefix under which a grain's reminders live.</summary>
    public static string ForGrain(string grainType, string grainKey) => $"{Encode(grainType)}/{Encode(grainKey)}/";

    public static string ForReminder(string grainType, string grainKey, string reminderName)
        => ForGrain(grainType, grainKey) + Encode(reminderName) + ".json";

    /// <summary>Keeps ASCII letters, digits, '-', '_' and '.' (except a leading or trailing '.'); every other
    /// UTF-8 byte becomes "~XX". '~' itself is escaped, so the encoding is reversible, and "~~"
    /// never occurs in it: a too-long part is cut to a readable prefix + "~~" + SHA-256 (hex) of
    /// the whole, so distinct parts keep distinct names.</summary>
    public static string Encode(string part)
    {
        var bytes = Encoding.UTF8.GetBytes(part);
        var encoded = new StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var keep = b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
                or (byte)'-' or (byte)'_'
                || (b == (byte)'.' && i > 0 && i < bytes.Length - 1);
            if (keep)
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (encoded.Length == 0)
        {
            // The empty string: "~" alone cannot come from any other part.
            return "~";
        }

        if (encoded.Length <= MaxPartLength)
        {
            return encoded.ToString();
        }

        // Cut at the last character or whole "~XX" escape that fits, never inside an escape.
        var cut = 0;
        while (cut < ReadablePrefixLength)
        {
            var width = encoded[cut] == '~' ? 3 : 1;
            if (cut + width > ReadablePrefixLength)
            {
                break;
            }

            cut += width;
        }

        return encoded.ToString(0, cut) + "~~" + Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }
}
