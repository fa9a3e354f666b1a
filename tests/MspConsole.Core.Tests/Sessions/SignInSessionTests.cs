using MspConsole.Core.Sessions;

namespace MspConsole.Core.Tests.Sessions;

public sealed class SignInSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_IsActive_WithItsRolesCutToTheColumn()
    {
        var session = new SignInSession("oid", new string('r', SignInSession.RolesMaxLength + 3), Now);

        Assert.True(session.IsActive);
        Assert.Equal((SignInSession.RolesMaxLength, Now), (session.Roles.Length, session.StartedAt));
    }

    [Fact]
    public void End_KeepsTheFirstEnd()
    {
        var session = new SignInSession("oid", "Admin", Now);

        session.End(Now.AddMinutes(5), "signed-out");
        session.End(Now.AddMinutes(9), "roles-changed");

        Assert.False(session.IsActive);
        Assert.Equal(((DateTimeOffset?)Now.AddMinutes(5), "signed-out"), (session.EndedAt, session.EndReason));
    }

    [Fact]
    public void End_CutsALongReasonToTheColumn()
    {
        var session = new SignInSession("oid", "Admin", Now);

        session.End(Now, new string('x', SignInSession.EndReasonMaxLength + 1));

        Assert.Equal(SignInSession.EndReasonMaxLength, session.EndReason?.Length);
    }

    [Fact]
    public void New_WithoutAUser_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new SignInSession(" ", "Admin", Now));
}
