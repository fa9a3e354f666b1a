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
                name: "ActionReceipts",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActorObjectId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionReceipts", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "AlertRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Threshold = table.Column<int>(type: "int", nullable: true),
                    EmailRecipients = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    WebhookFormat = table.Column<int>(type: "int", nullable: false),
                    WebhookUrl = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ProtectedSecret = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Language = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Enabled = table.Column<bool>(type: "bit", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RuleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SubjectName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Figure = table.Column<int>(type: "int", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ResolvedQuietly = table.Column<bool>(type: "bit", nullable: false),
                    OpenKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    KeyHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    AccountManagerObjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AccountManagerUpn = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

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
                    Skipped = table.Column<int>(type: "int", nullable: false),
                    PausedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserObjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    NameSortKey = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false, collation: "Latin1_General_100_BIN2"),
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
                name: "AlertDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AlertId = table.Column<long>(type: "bigint", nullable: false),
                    RuleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Event = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<int>(type: "int", nullable: false),
                    Target = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SenderMailbox = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    SendSlotUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_Alerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "Alerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "ActionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TargetUserObjectId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    TargetUpn = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Parameters = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    TicketReference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CallerVerification = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RequestedByObjectId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestedByUpn = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestedByRole = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DecidedByObjectId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecidedByUpn = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionRequests_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                    SendFromHour = table.Column<int>(type: "int", nullable: false),
                    SendToHour = table.Column<int>(type: "int", nullable: false),
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
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserObjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RecipientAddress = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    SenderMailbox = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SendSlotUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    GraphRequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reminders_ReminderBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ReminderBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reminders_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenantActionPolicies",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequireFourEyes = table.Column<bool>(type: "bit", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SwitchOffRequestedById = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SwitchOffRequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SwitchOffRequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SwitchOffReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantActionPolicies", x => x.TenantId);
                    table.ForeignKey(
                        name: "FK_TenantActionPolicies_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenantFigures",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Users = table.Column<int>(type: "int", nullable: false),
                    NotRegistered = table.Column<int>(type: "int", nullable: false),
                    SingleMethod = table.Column<int>(type: "int", nullable: false),
                    Resilient = table.Column<int>(type: "int", nullable: false),
                    Excluded = table.Column<int>(type: "int", nullable: false),
                    Disabled = table.Column<int>(type: "int", nullable: false),
                    Admins = table.Column<int>(type: "int", nullable: false),
                    AdminsWithoutMfa = table.Column<int>(type: "int", nullable: false),
                    PerUserMfaEnforced = table.Column<int>(type: "int", nullable: false),
                    OtherMfaMethodUsers = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantFigures", x => x.TenantId);
                    table.ForeignKey(
                        name: "FK_TenantFigures_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenantMethodFigures",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Users = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantMethodFigures", x => new { x.TenantId, x.Method });
                    table.ForeignKey(
                        name: "FK_TenantMethodFigures_Tenants_TenantId",
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
                    DisabledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    IsExcluded = table.Column<bool>(type: "bit", nullable: false),
                    ExclusionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StatusRank = table.Column<int>(type: "int", nullable: false),
                    SearchTermsCurrent = table.Column<bool>(type: "bit", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "UserSearchTerms",
                columns: table => new
                {
                    TenantUserId = table.Column<long>(type: "bigint", nullable: false),
                    Term = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Latin1_General_100_BIN2"),
                    IsFullName = table.Column<bool>(type: "bit", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSearchTerms", x => new { x.IsFullName, x.Term, x.TenantUserId });
                    table.ForeignKey(
                        name: "FK_UserSearchTerms_TenantUsers_TenantUserId",
                        column: x => x.TenantUserId,
                        principalTable: "TenantUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountManagerAssignments_AccountManagerObjectId",
                table: "AccountManagerAssignments",
                column: "AccountManagerObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionRequests_Status_RequestedAt",
                table: "ActionRequests",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionRequests_TenantId",
                table: "ActionRequests",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_AlertId_Event_Channel_Target",
                table: "AlertDeliveries",
                columns: new[] { "AlertId", "Event", "Channel", "Target" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_SenderMailbox_SendSlotUntil",
                table: "AlertDeliveries",
                columns: new[] { "SenderMailbox", "SendSlotUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_OpenKey",
                table: "Alerts",
                column: "OpenKey",
                unique: true,
                filter: "[OpenKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_TenantId_ResolvedAt",
                table: "Alerts",
                columns: new[] { "TenantId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyHash",
                table: "ApiKeys",
                column: "KeyHash",
                unique: true);

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
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
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
                name: "IX_CustomerReportSubscriptions_SenderMailbox",
                table: "CustomerReportSubscriptions",
                column: "SenderMailbox");

            migrationBuilder.CreateIndex(
                name: "IX_PollRuns_TenantId_StartedAt",
                table: "PollRuns",
                columns: new[] { "TenantId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReminderBatches_CreatedAt",
                table: "ReminderBatches",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_BatchId_Outcome",
                table: "Reminders",
                columns: new[] { "BatchId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_SenderMailbox_SendSlotUntil",
                table: "Reminders",
                columns: new[] { "SenderMailbox", "SendSlotUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_SenderMailbox_SentAt",
                table: "Reminders",
                columns: new[] { "SenderMailbox", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_TenantId_UserObjectId_CreatedAt",
                table: "Reminders",
                columns: new[] { "TenantId", "UserObjectId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInSessions_UserObjectId_EndedAt",
                table: "SignInSessions",
                columns: new[] { "UserObjectId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_DefaultDomain",
                table: "Tenants",
                column: "DefaultDomain",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_NameSortKey_Id",
                table: "Tenants",
                columns: new[] { "NameSortKey", "Id" });

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
                name: "IX_TenantUsers_TenantId_DisplayName",
                table: "TenantUsers",
                columns: new[] { "TenantId", "DisplayName" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_MfaMethodCount",
                table: "TenantUsers",
                columns: new[] { "TenantId", "MfaMethodCount" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_ObjectId",
                table: "TenantUsers",
                columns: new[] { "TenantId", "ObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_RemovedAt_Status_IsAdmin",
                table: "TenantUsers",
                columns: new[] { "TenantId", "RemovedAt", "Status", "IsAdmin" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_StatusRank",
                table: "TenantUsers",
                columns: new[] { "TenantId", "StatusRank" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_TenantId_UserPrincipalName",
                table: "TenantUsers",
                columns: new[] { "TenantId", "UserPrincipalName" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantUsers_UserPrincipalName",
                table: "TenantUsers",
                column: "UserPrincipalName");

            migrationBuilder.CreateIndex(
                name: "IX_UserSearchTerms_TenantUserId",
                table: "UserSearchTerms",
                column: "TenantUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountManagerAssignments");

            migrationBuilder.DropTable(
                name: "ActionReceipts");

            migrationBuilder.DropTable(
                name: "ActionRequests");

            migrationBuilder.DropTable(
                name: "AlertDeliveries");

            migrationBuilder.DropTable(
                name: "AlertRules");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CustomerReportSubscriptions");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "PollRuns");

            migrationBuilder.DropTable(
                name: "ReminderPolicies");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "SignInSessions");

            migrationBuilder.DropTable(
                name: "TenantActionPolicies");

            migrationBuilder.DropTable(
                name: "TenantFigures");

            migrationBuilder.DropTable(
                name: "TenantMethodFigures");

            migrationBuilder.DropTable(
                name: "TenantSnapshots");

            migrationBuilder.DropTable(
                name: "UserSearchTerms");

            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "ReminderBatches");

            migrationBuilder.DropTable(
                name: "TenantUsers");

            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
