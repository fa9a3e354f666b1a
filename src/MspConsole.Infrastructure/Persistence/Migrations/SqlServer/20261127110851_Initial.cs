using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ActorObjectId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ActorUpn = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ActorRole = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TargetUserObjectId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    TargetUpn = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    TicketReference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CallerVerification = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Before = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Error = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    GraphRequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DefaultDomain = table.Column<string>(type: "nvarchar(253)", maxLength: 253, nullable: false),
                    ContractOwner = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CustomerItContact = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Tags = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    ConsentState = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DataSource = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SecurityDefaultsEnabled = table.Column<bool>(type: "bit", nullable: true),
                    ConditionalAccessMfaPolicies = table.Column<int>(type: "int", nullable: true),
                    PollingPaused = table.Column<bool>(type: "bit", nullable: false),
                    OffboardedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastPollStartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastPollFinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastPollOutcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    LastPollError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    LastSuccessfulPollAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountManagerAssignments",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountManagerObjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AccountManagerUpn = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountManagerAssignments", x => new { x.TenantId, x.AccountManagerObjectId });
                    table.ForeignKey(
                        name: "FK_AccountManagerAssignments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PollRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DataSource = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Pages = table.Column<int>(type: "int", nullable: false),
                    Users = table.Column<int>(type: "int", nullable: false),
                    RemovedUsers = table.Column<int>(type: "int", nullable: false),
                    GraphRequests = table.Column<int>(type: "int", nullable: false),
                    ThrottledRetries = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    GraphRequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PollRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PollRuns_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReminderPolicies",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Enabled = table.Column<bool>(type: "bit", nullable: false),
                    CadenceDays = table.Column<int>(type: "int", nullable: false),
                    MaxRemindersPerUser = table.Column<int>(type: "int", nullable: false),
                    TargetNotRegistered = table.Column<bool>(type: "bit", nullable: false),
                    TargetSingleMethod = table.Column<bool>(type: "bit", nullable: false),
                    SendDaysMask = table.Column<int>(type: "int", nullable: false),
                    SendFromHourUtc = table.Column<int>(type: "int", nullable: false),
                    SendToHourUtc = table.Column<int>(type: "int", nullable: false),
                    SenderMailbox = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderPolicies", x => x.TenantId);
                    table.ForeignKey(
                        name: "FK_ReminderPolicies_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserObjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RecipientAddress = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    SenderMailbox = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    GraphRequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reminders_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenantSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    TotalUsers = table.Column<int>(type: "int", nullable: false),
                    NotRegistered = table.Column<int>(type: "int", nullable: false),
                    SingleMethod = table.Column<int>(type: "int", nullable: false),
                    Resilient = table.Column<int>(type: "int", nullable: false),
                    Excluded = table.Column<int>(type: "int", nullable: false),
                    AdminsWithoutMfa = table.Column<int>(type: "int", nullable: false),
                    AuthenticatorUsers = table.Column<int>(type: "int", nullable: false),
                    MobilePhoneUsers = table.Column<int>(type: "int", nullable: false),
                    EmailUsers = table.Column<int>(type: "int", nullable: false),
                    OfficePhoneUsers = table.Column<int>(type: "int", nullable: false),
                    OtherMfaMethodUsers = table.Column<int>(type: "int", nullable: false),
                    PerUserMfaEnforced = table.Column<int>(type: "int", nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenantSnapshots_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenantUsers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ObjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UserPrincipalName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    IsGuest = table.Column<bool>(type: "bit", nullable: false),
                    IsAdmin = table.Column<bool>(type: "bit", nullable: false),
                    IsMfaRegistered = table.Column<bool>(type: "bit", nullable: false),
                    IsMfaCapable = table.Column<bool>(type: "bit", nullable: false),
                    IsSsprRegistered = table.Column<bool>(type: "bit", nullable: false),
                    IsPasswordlessCapable = table.Column<bool>(type: "bit", nullable: false),
                    MethodsRegistered = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: false),
                    MfaMethodCount = table.Column<int>(type: "int", nullable: false),
                    DefaultMethod = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    PerUserMfaState = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    LastUpdatedInGraph = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    IsExcluded = table.Column<bool>(type: "bit", nullable: false),
                    ExclusionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenantUsers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountManagerAssignments_AccountManagerObjectId",
                table: "AccountManagerAssignments",
                column: "AccountManagerObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorUpn_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "ActorUpn", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAt",
                table: "AuditEntries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PreviousHash",
                table: "AuditEntries",
                column: "PreviousHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TenantId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "TenantId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TenantId_TargetUserObjectId",
                table: "AuditEntries",
                columns: new[] { "TenantId", "TargetUserObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_PollRuns_TenantId_StartedAt",
                table: "PollRuns",
                columns: new[] { "TenantId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_TenantId_UserObjectId_CreatedAt",
                table: "Reminders",
                columns: new[] { "TenantId", "UserObjectId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_DefaultDomain",
                table: "Tenants",
                column: "DefaultDomain",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_DisplayName",
                table: "Tenants",
                column: "DisplayName");

            migrationBuilder.CreateIndex(
                name: "IX_TenantSnapshots_TenantId_Day",
                table: "TenantSnapshots",
                columns: new[] { "TenantId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_DisplayName",
                table: "TenantUsers",
                column: "DisplayName");

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_ObjectId",
                table: "TenantUsers",
                columns: new[] { "TenantId", "ObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_Status_IsAdmin",
                table: "TenantUsers",
                columns: new[] { "TenantId", "Status", "IsAdmin" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_UserPrincipalName",
                table: "TenantUsers",
                columns: new[] { "TenantId", "UserPrincipalName" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_UserPrincipalName",
                table: "TenantUsers",
                column: "UserPrincipalName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountManagerAssignments");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "PollRuns");

            migrationBuilder.DropTable(
                name: "ReminderPolicies");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "TenantSnapshots");

            migrationBuilder.DropTable(
                name: "TenantUsers");

            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
