using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CoveringStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TenantUsers_TenantId_Status_IsAdmin",
                table: "TenantUsers");

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_RemovedAt_Status_IsAdmin",
                table: "TenantUsers",
                columns: new[] { "TenantId", "RemovedAt", "Status", "IsAdmin" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TenantUsers_TenantId_RemovedAt_Status_IsAdmin",
                table: "TenantUsers");

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_Status_IsAdmin",
                table: "TenantUsers",
                columns: new[] { "TenantId", "Status", "IsAdmin" });
        }
    }
}
