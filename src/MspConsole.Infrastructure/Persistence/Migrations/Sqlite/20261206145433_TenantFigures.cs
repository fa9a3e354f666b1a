using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TenantFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TenantFigures",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    NotRegistered = table.Column<int>(type: "INTEGER", nullable: false),
                    SingleMethod = table.Column<int>(type: "INTEGER", nullable: false),
                    Resilient = table.Column<int>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<int>(type: "INTEGER", nullable: false),
                    Disabled = table.Column<int>(type: "INTEGER", nullable: false),
                    Admins = table.Column<int>(type: "INTEGER", nullable: false),
                    AdminsWithoutMfa = table.Column<int>(type: "INTEGER", nullable: false),
                    PerUserMfaEnforced = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherMfaMethodUsers = table.Column<int>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "TenantMethodFigures",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantMethodFigures", x => new { x.TenantId, x.Method });
                    table.ForeignKey(
                        name: "FK_TenantMethodFigures_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TenantFigures");

            migrationBuilder.DropTable(
                name: "TenantMethodFigures");
        }
    }
}
