using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspConsole.Infrastructure.Persistence.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorObjectId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TargetUserObjectId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TargetUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TicketReference = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CallerVerification = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Before = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GraphRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DefaultDomain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    ContractOwner = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CustomerItContact = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ConsentState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DataSource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SecurityDefaultsEnabled = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConditionalAccessMfaPolicies = table.Column<int>(type: "INTEGER", nullable: true),
                    PollingPaused = table.Column<bool>(type: "INTEGER", nullable: false),
                    OffboardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPollStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPollFinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPollOutcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LastPollError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastSuccessfulPollAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountManagerAssignments",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountManagerObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountManagerUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DataSource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Pages = table.Column<int>(type: "INTEGER", nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    RemovedUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    GraphRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    ThrottledRetries = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GraphRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CadenceDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxRemindersPerUser = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetNotRegistered = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetSingleMethod = table.Column<bool>(type: "INTEGER", nullable: false),
                    SendDaysMask = table.Column<int>(type: "INTEGER", nullable: false),
                    SendFromHourUtc = table.Column<int>(type: "INTEGER", nullable: false),
                    SendToHourUtc = table.Column<int>(type: "INTEGER", nullable: false),
                    SenderMailbox = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientAddress = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SenderMailbox = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GraphRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotalUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    NotRegistered = table.Column<int>(type: "INTEGER", nullable: false),
                    SingleMethod = table.Column<int>(type: "INTEGER", nullable: false),
                    Resilient = table.Column<int>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<int>(type: "INTEGER", nullable: false),
                    AdminsWithoutMfa = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthenticatorUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    MobilePhoneUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficePhoneUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherMfaMethodUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    PerUserMfaEnforced = table.Column<int>(type: "INTEGER", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserPrincipalName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IsGuest = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsAdmin = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMfaRegistered = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMfaCapable = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSsprRegistered = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPasswordlessCapable = table.Column<bool>(type: "INTEGER", nullable: false),
                    MethodsRegistered = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    MfaMethodCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DefaultMethod = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PerUserMfaState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LastUpdatedInGraph = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsExcluded = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExclusionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
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
