using System;
using Microsoft.EntityFrameworkCore.Migrations;
using MspConsole.Infrastructure.Persistence.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FiguresOnTenantRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Admins",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AdminsWithoutMfa",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Disabled",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Excluded",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NotRegistered",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OtherMfaMethodUsers",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PerUserMfaEnforced",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Resilient",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SingleMethod",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Users",
                table: "Tenants",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "RegisteredShare",
                table: "Tenants",
                type: "float",
                nullable: false,
                computedColumnSql: "CASE WHEN \"Users\" - \"Excluded\" > 0 THEN CAST(\"SingleMethod\" + \"Resilient\" AS FLOAT) / (\"Users\" - \"Excluded\") ELSE 2.0 END",
                stored: true);

            migrationBuilder.AddColumn<double>(
                name: "ResilientShare",
                table: "Tenants",
                type: "float",
                nullable: false,
                computedColumnSql: "CASE WHEN \"Users\" - \"Excluded\" > 0 THEN CAST(\"Resilient\" AS FLOAT) / (\"Users\" - \"Excluded\") ELSE 2.0 END",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Overview_Critical",
                table: "Tenants",
                columns: new[] { "OffboardedAt", "AdminsWithoutMfa", "RegisteredShare", "NameSortKey", "Id" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Overview_LastPoll",
                table: "Tenants",
                columns: new[] { "OffboardedAt", "LastPollFinishedAt", "NameSortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Overview_Registered",
                table: "Tenants",
                columns: new[] { "OffboardedAt", "RegisteredShare", "NameSortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Overview_Resilient",
                table: "Tenants",
                columns: new[] { "OffboardedAt", "ResilientShare", "NameSortKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Overview_Users",
                table: "Tenants",
                columns: new[] { "OffboardedAt", "Users", "NameSortKey", "Id" });

            // In EXEC: the script runs a migration as one batch, compiled before the columns above exist.
            migrationBuilder.Sql($"EXEC(N'{FiguresOnTenantRowSql.CopyToTenants}')");
            migrationBuilder.DropTable(
                name: "TenantFigures");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TenantFigures",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Admins = table.Column<int>(type: "int", nullable: false),
                    AdminsWithoutMfa = table.Column<int>(type: "int", nullable: false),
                    Disabled = table.Column<int>(type: "int", nullable: false),
                    Excluded = table.Column<int>(type: "int", nullable: false),
                    NotRegistered = table.Column<int>(type: "int", nullable: false),
                    OtherMfaMethodUsers = table.Column<int>(type: "int", nullable: false),
                    PerUserMfaEnforced = table.Column<int>(type: "int", nullable: false),
                    Resilient = table.Column<int>(type: "int", nullable: false),
                    SingleMethod = table.Column<int>(type: "int", nullable: false),
                    Users = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantFigures", x => x.TenantId);
                    table.ForeignKey(
                        name: "FK_TenantFigures_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql($"EXEC(N'{FiguresOnTenantRowSql.CopyBack}')");

            migrationBuilder.DropIndex(
                name: "IX_Tenants_Overview_Critical",
                table: "Tenants");

            migrationBuilder.DropIndex(
                name: "IX_Tenants_Overview_LastPoll",
                table: "Tenants");

            migrationBuilder.DropIndex(
                name: "IX_Tenants_Overview_Registered",
                table: "Tenants");

            migrationBuilder.DropIndex(
                name: "IX_Tenants_Overview_Resilient",
                table: "Tenants");

            migrationBuilder.DropIndex(
                name: "IX_Tenants_Overview_Users",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "RegisteredShare",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "ResilientShare",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "Admins",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "AdminsWithoutMfa",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "Disabled",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "Excluded",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "NotRegistered",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "OtherMfaMethodUsers",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "PerUserMfaEnforced",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "Resilient",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "SingleMethod",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "Users",
                table: "Tenants");

        }
    }
}
