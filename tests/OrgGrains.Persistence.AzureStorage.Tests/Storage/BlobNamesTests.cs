namespace OrgGrains.Persistence.AzureStorage.Tests;

public sealed class BlobNamesTests
{
    [Fact]
    public void Readable_keys_stay_readable()
        => Assert.Equal("profile/OrgGrains.IPodGrain/pod-7_a.b.json", BlobNames.ForState("profile", "OrgGrains.IPodGrain", "pod-7_a.b"));

    [Theory]
    [InlineData("a/b", "a~2Fb")]
    [InlineData("~7E", "~7E7E")]
    [InlineData("..", "~2E~2E")]
    [InlineData(".x.", "~2Ex~2E")]
    [InlineData("é", "~C3~A9")]
    [InlineData("", "~")]
    public void Other_characters_are_escaped_so_the_name_is_url_safe_and_unambiguous(string part, string expected)
        => Assert.Equal(expected, BlobNames.Encode(part));

    [Fact]
    public void Distinct_parts_never_share_a_name()
    {
        var parts = new[] { "a/b", "a~2Fb", "a%2Fb", "~", "", "~~", ".", "..", "a.", "a", new string('z', 300), new string('z', 301) };

        Assert.Equal(parts.Length, parts.Select(BlobNames.Encode).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Long_parts_keep_a_readable_prefix_and_a_hash_and_fit_the_service_limits()
    {
        var key = string.Concat(Enumerable.Repeat("Équipe/", 400));

        var encoded = BlobNames.Encode(key);
        var name = BlobNames.ForState(new string('s', 2000), new string('t', 2000), key);

        Assert.True(encoded.Length <= BlobNames.MaxPartLength);
        Assert.StartsWith("~C3~89quipe~2F", encoded);
        Assert.Matches("~~[0-9a-f]{64}$", encoded);
        Assert.True(name.Length <= 1024);
    }
}
