namespace MspConsole.Core.Graph;

public enum PhoneType
{
    Mobile,
    AlternateMobile,
    Office,
}
