using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropUserNameIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TenantUsers_DisplayName",
                table: "TenantUsers");

            migrationBuilder.DropIndex(
                name: "IX_TenantUsers_UserPrincipalName",
                table: "TenantUsers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_DisplayName",
                table: "TenantUsers",
                column: "DisplayName");

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_UserPrincipalName",
                table: "TenantUsers",
                column: "UserPrincipalName");
        }
    }
}
