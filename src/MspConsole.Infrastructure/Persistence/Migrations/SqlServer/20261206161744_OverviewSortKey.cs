using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "",
                collation: "Latin1_General_100_BIN2");

            // TenantNameSortKey.Of as far as SQL can: lower case. A name with accents keeps them until the start-up repair
            // (TenantNameSortKeyRepair) or its next rename sets the key from C#.
            // EXEC: db/migrate.sql runs this migration as one batch, compiled before the column exists.
            migrationBuilder.Sql("EXEC(N'UPDATE [Tenants] SET [NameSortKey] = LOWER([DisplayName])');");

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
