namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Splits "Name=Value;Name=Value" (names case-insensitive; values may contain '=', as
/// base64 keys and SAS tokens do).</summary>
internal static class StorageConnectionString
{
    public static Dictionary<string, string> Parse(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            position++;
            var separator = part.IndexOf('=');
            if (separator <= 0)
            {
                // The text itself is not echoed: it could be (part of) a key.
                throw new FormatException($"Setting {position} of the connection string is not of the form Name=Value.");
            }

            settings[part[..separator].Trim()] = part[(separator + 1)..].Trim();
        }

        return settings;
    }
}
