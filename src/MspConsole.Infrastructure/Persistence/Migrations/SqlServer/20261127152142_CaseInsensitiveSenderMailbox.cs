using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Nothing to do on SQL Server, whose default collation already compares mailboxes case-insensitively; kept so both
    /// providers have the same migrations. SQLite's sets the NOCASE collation on Reminders.SenderMailbox.
    /// </summary>
    public partial class CaseInsensitiveSenderMailbox : Migration
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
