using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReminderSendSlot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SendSlotUntil",
                table: "Reminders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_SenderMailbox_SendSlotUntil",
                table: "Reminders",
                columns: new[] { "SenderMailbox", "SendSlotUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reminders_SenderMailbox_SendSlotUntil",
                table: "Reminders");

            migrationBuilder.DropColumn(
                name: "SendSlotUntil",
                table: "Reminders");
        }
    }
}
