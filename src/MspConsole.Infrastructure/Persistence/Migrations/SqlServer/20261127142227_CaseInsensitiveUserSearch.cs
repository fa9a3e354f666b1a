using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Nothing to do on SQL Server, whose default collation is already case-insensitive (so its LIKE prefix seeks the
    /// UPN and name indexes); kept so both providers have the same migrations. SQLite's sets the NOCASE collation.
    /// </summary>
    public partial class CaseInsensitiveUserSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
