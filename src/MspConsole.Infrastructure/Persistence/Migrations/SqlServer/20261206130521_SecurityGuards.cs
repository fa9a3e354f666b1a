using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SwitchOffRequestedAt",
                table: "TenantActionPolicies",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwitchOffRequestedBy",
                table: "TenantActionPolicies",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SwitchOffRequestedById",
                table: "TenantActionPolicies",
                type: "nvarchar(256)",
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
