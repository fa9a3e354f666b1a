using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CustomerReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "SendToHourUtc",
                table: "ReminderPolicies",
                newName: "SendToHour");

            migrationBuilder.RenameColumn(
                name: "SendFromHourUtc",
                table: "ReminderPolicies",
                newName: "SendFromHour");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "SendToHour",
                table: "ReminderPolicies",
                newName: "SendToHourUtc");

            migrationBuilder.RenameColumn(
                name: "SendFromHour",
                table: "ReminderPolicies",
                newName: "SendFromHourUtc");
        }
    }
}
