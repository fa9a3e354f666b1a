using MspConsole.Core.Tenants;

namespace MspConsole.Core.Tests.Tenants;

public sealed class TenantNameSortKeyTests
{
    [Theory]
    [InlineData("Émile Zola", "emile zola")]
    [InlineData("ÇA VA", "ca va")]
    [InlineData("Brasserie Noël & Zoë", "brasserie noel & zoe")]
    [InlineData("e\u0301cole", "ecole")]
    [InlineData("Ørsted", "ørsted")]
    [InlineData("Straße", "straße")]
    public void Of_LowerCasesAndRemovesAccents_KeepingLettersWithoutADecomposition(string name, string key) =>
        Assert.Equal(key, TenantNameSortKey.Of(name));

    [Fact]
    public void Rename_SetsTheSortKey()
    {
        var tenant = new Tenant(Guid.NewGuid(), "Broker", "broker.example", ContractOwner.Msp, SupportedLanguage.Dutch, DateTimeOffset.UnixEpoch);

        tenant.Rename("Électricité", "broker.example");

        Assert.Equal("electricite", tenant.NameSortKey);
    }
}
