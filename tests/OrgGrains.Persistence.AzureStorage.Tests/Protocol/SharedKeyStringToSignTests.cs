namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>The string to sign and the signature, against vectors worked out by hand from the
/// published rules ("Authorize with Shared Key"); the expected signature was computed independently with
/// <c>openssl dgst -sha256 -mac HMAC -macopt hexkey:$(base64 -d &lt;&lt;&lt; $KEY | xxd -p -c 256)</c>.</summary>
public sealed class SharedKeyStringToSignTests
{
    private static KeyValuePair<string, string> H(string name, string value) => new(name, value);

    [Fact]
    public void Put_blob_signs_verb_standard_headers_in_order_then_ms_headers_then_the_resource()
    {
        var headers = new[]
        {
            H("x-ms-version", "2009-09-19"),
            H("Content-Type", "text/plain; charset=UTF-8"),
            H("X-MS-Date", "  Sun, 11 Oct 2009 21:49:13 GMT "),
            H("x-ms-blob-type", "BlockBlob"),
            H("User-Agent", "not signed"),
        };

        var stringToSign = SharedKeyStringToSign.Build("PUT", headers, 11, new Uri("https://myaccount.blob.core.windows.net/mycontainer/myblob"), "myaccount");

        Assert.Equal(
            "PUT\n\n\n11\n\ntext/plain; charset=UTF-8\n\n\n\n\n\n\n"
            + "x-ms-blob-type:BlockBlob\nx-ms-date:Sun, 11 Oct 2009 21:49:13 GMT\nx-ms-version:2009-09-19\n"
            + "/myaccount/mycontainer/myblob",
            stringToSign);
        Assert.Equal("kSPuPnjmaVa+jLLbLE0iCZJm9eWROyIF0hGSZYgKvJU=", new SharedKeyCredential("devstoreaccount1", AzuriteServer.AccountKey).ComputeSignature(stringToSign));
    }

    [Fact]
    public void Conditions_go_in_their_own_lines_and_a_request_without_body_signs_an_empty_length()
    {
        var headers = new[] { H("If-Match", "\"0x8D\""), H("x-ms-date", "d"), H("x-ms-version", "v") };

        var stringToSign = SharedKeyStringToSign.Build("delete", headers, null, new Uri("http://127.0.0.1:10000/devstoreaccount1/c/b.json"), "devstoreaccount1");

        Assert.Equal("DELETE\n\n\n\n\n\n\n\n\"0x8D\"\n\n\n\nx-ms-date:d\nx-ms-version:v\n/devstoreaccount1/devstoreaccount1/c/b.json", stringToSign);
        Assert.Equal(
            SharedKeyStringToSign.Build("PUT", [], null, new Uri("http://h/a/c"), "a"),
            SharedKeyStringToSign.Build("PUT", [], 0, new Uri("http://h/a/c"), "a"));
    }

    [Fact]
    public void Query_parameters_are_lower_cased_sorted_decoded_and_repeated_values_joined()
    {
        // The documented example: "?restype=container&comp=list&include=snapshots&include=metadata&include=uncommittedblobs".
        var uri = new Uri("http://myaccount.blob.core.windows.net/mycontainer?restype=container&comp=list&include=snapshots&include=metadata&include=uncommittedblobs&Prefix=a%2Fb%20c");

        var stringToSign = SharedKeyStringToSign.Build("GET", [], null, uri, "myaccount");

        Assert.EndsWith("\n/myaccount/mycontainer\ncomp:list\ninclude:metadata,snapshots,uncommittedblobs\nprefix:a/b c\nrestype:container", stringToSign);
    }
}
