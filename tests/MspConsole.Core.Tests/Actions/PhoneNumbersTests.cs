using MspConsole.Core.Actions;

namespace MspConsole.Core.Tests.Actions;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("+32 470 12 34 56", "+32 470123456")]
    [InlineData("+32 (0)470/12.34.56", "+32 470123456")]
    [InlineData("+44 7700 900123 x12", "+44 7700900123x12")]
    [InlineData("0470 12 34 56", null)]
    [InlineData("+32470123456", null)]
    [InlineData("", null)]
    public void Normalize_TurnsTypedNumbersIntoGraphFormat_OrRefuses(string input, string? expected) =>
        Assert.Equal(expected, PhoneNumbers.Normalize(input));

    [Fact]
    public void Mask_KeepsCountryCodeAndLastTwoDigits() =>
        Assert.Equal("+32 *******56", PhoneNumbers.Mask("+32 470123456"));
}
