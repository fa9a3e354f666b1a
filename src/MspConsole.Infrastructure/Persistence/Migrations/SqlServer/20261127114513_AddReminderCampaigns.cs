using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReminderBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Target = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RequestedByObjectId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestedByRole = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpandedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Sent = table.Column<int>(type: "int", nullable: false),
                    Failed = table.Column<int>(type: "int", nullable: false),
                    Skipped = table.Column<int>(type: "int", nullable: false)
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
