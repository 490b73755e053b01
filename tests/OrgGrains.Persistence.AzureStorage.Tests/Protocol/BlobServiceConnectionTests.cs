using Azure;

namespace OrgGrains.Persistence.AzureStorage.Tests;

public sealed class BlobServiceConnectionTests
{
    [Fact]
    public void Development_storage_means_azurites_default_endpoint_and_account()
    {
        var connection = BlobServiceConnection.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), connection.ServiceUri);
        Assert.Equal("devstoreaccount1", connection.AccountName);
        Assert.Equal("shared key", connection.Authorization);
    }

    [Fact]
    public void Account_name_and_key_build_the_endpoint_from_protocol_and_suffix()
    {
        var connection = BlobServiceConnection.FromConnectionString(
            $"DefaultEndpointsProtocol=https;AccountName=orgstate;AccountKey={AzuriteServer.AccountKey};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://orgstate.blob.core.chinacloudapi.cn"), connection.ServiceUri);
        Assert.Equal("orgstate", connection.AccountName);
    }

    [Fact]
    public void An_explicit_blob_endpoint_wins_and_names_are_case_insensitive()
    {
        var connection = BlobServiceConnection.FromConnectionString(
            $"accountname=devstoreaccount1;ACCOUNTKEY={AzuriteServer.AccountKey};blobendpoint=http://127.0.0.1:4321/devstoreaccount1/;");

        Assert.Equal(new Uri("http://127.0.0.1:4321/devstoreaccount1"), connection.ServiceUri);
    }

    [Fact]
    public void A_sas_connection_string_authorizes_by_sas_and_reads_the_account_from_the_endpoint()
    {
        var connection = BlobServiceConnection.FromConnectionString("BlobEndpoint=https://orgstate.blob.core.windows.net;SharedAccessSignature=sv=2025-01-05&sig=abc%3D");

        Assert.Equal("SAS", connection.Authorization);
        Assert.Equal("orgstate", connection.AccountName);
    }

    [Theory]
    [InlineData("AccountKey=abc", "neither an AccountName nor a BlobEndpoint")]
    [InlineData("AccountName=a;EndpointSuffix=core.windows.net", "neither an AccountKey nor a SharedAccessSignature")]
    [InlineData("AccountName=a;SecretWithoutEquals", "Setting 2")]
    [InlineData("BlobEndpoint=not a uri;AccountName=a;AccountKey=abc", "not an absolute URI")]
    public void Bad_connection_strings_say_what_is_wrong_without_echoing_secrets(string connectionString, string expected)
    {
        var error = Assert.Throws<FormatException>(() => BlobServiceConnection.FromConnectionString(connectionString));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("SecretWithoutEquals", error.Message);
    }

    [Fact]
    public void A_sas_in_the_service_uri_is_refused()
        => Assert.Throws<ArgumentException>(() => BlobServiceConnection.FromSas(new Uri("https://a.blob.core.windows.net/?sig=x"), new AzureSasCredential("sig=x")));
}
