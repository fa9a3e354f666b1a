using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OverviewTotalsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Overview_Tags",
                table: "Tenants",
                columns: new[] { "OffboardedAt", "Tags" });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Overview_Totals",
                table: "Tenants",
                columns: new[] { "OffboardedAt", "Users", "NotRegistered", "SingleMethod", "Resilient", "Excluded", "Admins", "AdminsWithoutMfa", "ConsentState", "LastPollOutcome", "LastSuccessfulPollAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tenants_Overview_Tags",
                table: "Tenants");

            migrationBuilder.DropIndex(
                name: "IX_Tenants_Overview_Totals",
                table: "Tenants");
        }
    }
}
