using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScheduledCustomerReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomerReportSubscriptions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LastSentPeriod = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LastSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSentFigures_Users = table.Column<int>(type: "INTEGER", nullable: true),
                    LastSentFigures_Resilient = table.Column<int>(type: "INTEGER", nullable: true),
                    LastSentFigures_NeedAction = table.Column<int>(type: "INTEGER", nullable: true),
                    LastSentFigures_AdminsWithoutMfa = table.Column<int>(type: "INTEGER", nullable: true),
                    LastFailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastFailure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SenderMailbox = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    SendSlotUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerReportSubscriptions", x => x.TenantId);
                    table.ForeignKey(
                        name: "FK_CustomerReportSubscriptions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerReportSubscriptions_SenderMailbox",
                table: "CustomerReportSubscriptions",
                column: "SenderMailbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerReportSubscriptions");
        }
    }
}
