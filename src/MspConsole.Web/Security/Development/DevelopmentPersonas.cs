namespace MspConsole.Web.Security.Development;

/// <summary>The development sign-in's personas: one per role, a second admin, two account managers with different tenants, and one without a role.</summary>
public static class DevelopmentPersonas
{
    public static DevelopmentPersona Admin { get; } = new(
        "admin", "Ada Admin", "ada.admin@msp.example", "6a1c0000-0000-4000-8000-00000000a001", [Roles.Admin],
        "Console admin: all tenants, all actions.");

    /// <summary>A second admin: changes that need two admins (turning four-eyes approval off) can be tried out.</summary>
    public static DevelopmentPersona SecondAdmin { get; } = new(
        "admin-2", "Bert Beheerder", "bert.beheerder@msp.example", "6a1c0000-0000-4000-8000-00000000a002", [Roles.Admin],
        "Second console admin: approves what one admin may not do alone.");

    public static DevelopmentPersona Helpdesk { get; } = new(
        "helpdesk", "Hugo Helpdesk", "hugo.helpdesk@msp.example", "6a1c0000-0000-4000-8000-00000000b001", [Roles.Helpdesk],
        "Helpdesk engineer: all tenants, user actions.");

    public static DevelopmentPersona AccountManagerNorth { get; } = new(
        "am-north", "Anna Vermeulen", "anna.vermeulen@msp.example", "6a1c0000-0000-4000-8000-00000000c001", [Roles.AccountManager],
        "Account manager: only her assigned tenants, read-only.");

    public static DevelopmentPersona AccountManagerSouth { get; } = new(
        "am-south", "Amélie Dubois", "amelie.dubois@msp.example", "6a1c0000-0000-4000-8000-00000000c002", [Roles.AccountManager],
        "Account manager with a different set of tenants, read-only.");

    public static DevelopmentPersona NoRole { get; } = new(
        "no-role", "Nico Nobody", "nico.nobody@msp.example", "6a1c0000-0000-4000-8000-00000000d001", [],
        "Signed in without a console role: sees nothing (403).");

    public static IReadOnlyList<DevelopmentPersona> All { get; } = [Admin, SecondAdmin, Helpdesk, AccountManagerNorth, AccountManagerSouth, NoRole];

    public static DevelopmentPersona? Find(string? key) =>
        All.FirstOrDefault(persona => string.Equals(persona.Key, key, StringComparison.Ordinal));
}
