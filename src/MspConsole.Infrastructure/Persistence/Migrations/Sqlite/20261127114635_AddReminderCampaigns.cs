using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReminderCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BatchId",
                table: "Reminders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReminderBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedByObjectId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedByRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpandedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Sent = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderBatches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_BatchId_Outcome",
                table: "Reminders",
                columns: new[] { "BatchId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_SenderMailbox_SentAt",
                table: "Reminders",
                columns: new[] { "SenderMailbox", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReminderBatches_CreatedAt",
                table: "ReminderBatches",
                column: "CreatedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_Reminders_ReminderBatches_BatchId",
                table: "Reminders",
                column: "BatchId",
                principalTable: "ReminderBatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Reminders_ReminderBatches_BatchId",
                table: "Reminders");

            migrationBuilder.DropTable(
                name: "ReminderBatches");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_BatchId_Outcome",
                table: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_SenderMailbox_SentAt",
                table: "Reminders");

            migrationBuilder.DropColumn(
                name: "BatchId",
                table: "Reminders");
        }
    }
}
