using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OverviewSortKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tenants_DisplayName",
                table: "Tenants");

            migrationBuilder.AddColumn<string>(
                name: "NameSortKey",
                table: "Tenants",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "",
                collation: "BINARY");

            // TenantNameSortKey.Of as far as SQL can: lower case. A name with accents keeps them until the start-up repair
            // (TenantNameSortKeyRepair) or its next rename sets the key from C#.
            migrationBuilder.Sql("UPDATE Tenants SET NameSortKey = LOWER(DisplayName);");

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_NameSortKey_Id",
                table: "Tenants",
                columns: new[] { "NameSortKey", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tenants_NameSortKey_Id",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "NameSortKey",
                table: "Tenants");

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_DisplayName",
                table: "Tenants",
                column: "DisplayName");
        }
    }
}
