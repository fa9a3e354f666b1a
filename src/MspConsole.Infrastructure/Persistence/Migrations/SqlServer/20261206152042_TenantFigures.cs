using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TenantFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "StatusRank",
                table: "TenantUsers",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Existing users get the rank of the status they have (MfaStatusRules.UrgencyRank).
            migrationBuilder.Sql("UPDATE [TenantUsers] SET [StatusRank] = CASE [Status] WHEN 'NotRegistered' THEN 0 WHEN 'SingleMethod' THEN 1 WHEN 'Resilient' THEN 2 ELSE 3 END;");

            migrationBuilder.CreateTable(
                name: "TenantFigures",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Users = table.Column<int>(type: "int", nullable: false),
                    NotRegistered = table.Column<int>(type: "int", nullable: false),
                    SingleMethod = table.Column<int>(type: "int", nullable: false),
                    Resilient = table.Column<int>(type: "int", nullable: false),
                    Excluded = table.Column<int>(type: "int", nullable: false),
                    Disabled = table.Column<int>(type: "int", nullable: false),
                    Admins = table.Column<int>(type: "int", nullable: false),
                    AdminsWithoutMfa = table.Column<int>(type: "int", nullable: false),
                    PerUserMfaEnforced = table.Column<int>(type: "int", nullable: false),
                    OtherMfaMethodUsers = table.Column<int>(type: "int", nullable: false)
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
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Users = table.Column<int>(type: "int", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_DisplayName",
                table: "TenantUsers",
                columns: new[] { "TenantId", "DisplayName" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_MfaMethodCount",
                table: "TenantUsers",
                columns: new[] { "TenantId", "MfaMethodCount" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_StatusRank",
                table: "TenantUsers",
                columns: new[] { "TenantId", "StatusRank" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TenantFigures");

            migrationBuilder.DropTable(
                name: "TenantMethodFigures");

            migrationBuilder.DropIndex(
                name: "IX_TenantUsers_TenantId_DisplayName",
                table: "TenantUsers");

            migrationBuilder.DropIndex(
                name: "IX_TenantUsers_TenantId_MfaMethodCount",
                table: "TenantUsers");

            migrationBuilder.DropIndex(
                name: "IX_TenantUsers_TenantId_StatusRank",
                table: "TenantUsers");

            migrationBuilder.DropColumn(
                name: "StatusRank",
                table: "TenantUsers");
        }
    }
}
