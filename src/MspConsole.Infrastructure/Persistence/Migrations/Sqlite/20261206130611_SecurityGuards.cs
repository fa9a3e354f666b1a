using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SecurityGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SwitchOffReason",
                table: "TenantActionPolicies",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SwitchOffRequestedAt",
                table: "TenantActionPolicies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwitchOffRequestedBy",
                table: "TenantActionPolicies",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwitchOffRequestedById",
                table: "TenantActionPolicies",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SwitchOffReason",
                table: "TenantActionPolicies");

            migrationBuilder.DropColumn(
                name: "SwitchOffRequestedAt",
                table: "TenantActionPolicies");

            migrationBuilder.DropColumn(
                name: "SwitchOffRequestedBy",
                table: "TenantActionPolicies");

            migrationBuilder.DropColumn(
                name: "SwitchOffRequestedById",
                table: "TenantActionPolicies");
        }
    }
}
