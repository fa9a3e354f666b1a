using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddReminderSendSlot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SendSlotUntil",
                table: "Reminders",
                type: "datetimeoffset",
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
