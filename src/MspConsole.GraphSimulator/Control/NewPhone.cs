namespace MspConsole.GraphSimulator.Control;

/// <summary>Body of the control API's phone registration: <c>mobile</c>, <c>alternateMobile</c> or <c>office</c>.</summary>
public sealed record NewPhone(string PhoneType, string PhoneNumber);
