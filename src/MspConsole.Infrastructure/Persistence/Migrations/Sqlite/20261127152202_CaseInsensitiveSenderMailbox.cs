using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseInsensitiveSenderMailbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SenderMailbox",
                table: "Reminders",
                type: "TEXT",
                maxLength: 320,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 320);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SenderMailbox",
                table: "Reminders",
                type: "TEXT",
                maxLength: 320,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 320,
                oldCollation: "NOCASE");
        }
    }
}
