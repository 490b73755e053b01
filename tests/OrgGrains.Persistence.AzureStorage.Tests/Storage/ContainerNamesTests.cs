namespace OrgGrains.Persistence.AzureStorage.Tests;

public sealed class ContainerNamesTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("org-state-2")]
    public void Valid_names_are_kept(string name) => Assert.Equal(name, ContainerNames.FromProviderName(name));

    [Theory]
    [InlineData("Default")]
    [InlineData("My_Store")]
    [InlineData("my--store")]
    [InlineData("a")]
    [InlineData("-")]
    [InlineData("Ünïcödé Störe")]
    [InlineData("a-very-long-provider-name-that-goes-on-and-on-far-beyond-the-sixty-three-characters")]
    public void Other_names_become_valid_container_names(string name)
        => Assert.True(ContainerNames.IsValid(ContainerNames.FromProviderName(name)), ContainerNames.FromProviderName(name));

    [Fact]
    public void Names_that_clean_up_alike_still_get_their_own_containers()
        => Assert.NotEqual(ContainerNames.FromProviderName("My_Store"), ContainerNames.FromProviderName("my.store"));
}
