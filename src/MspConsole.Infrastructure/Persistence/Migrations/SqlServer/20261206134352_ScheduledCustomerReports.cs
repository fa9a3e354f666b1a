using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
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
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Enabled = table.Column<bool>(type: "bit", nullable: false),
                    Frequency = table.Column<int>(type: "int", nullable: false),
                    Recipients = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    LastSentPeriod = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    LastSentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastSentFigures_Users = table.Column<int>(type: "int", nullable: true),
                    LastSentFigures_Resilient = table.Column<int>(type: "int", nullable: true),
                    LastSentFigures_NeedAction = table.Column<int>(type: "int", nullable: true),
                    LastSentFigures_AdminsWithoutMfa = table.Column<int>(type: "int", nullable: true),
                    LastFailedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastFailure = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SenderMailbox = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    SendSlotUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
