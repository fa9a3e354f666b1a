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
                name: "ActionReceipts",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorObjectId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionReceipts", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "AlertRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: true),
                    EmailRecipients = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WebhookFormat = table.Column<int>(type: "INTEGER", nullable: false),
                    WebhookUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Figure = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedQuietly = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AccountManagerObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AccountManagerUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

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
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    PausedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NameSortKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false, collation: "BINARY"),
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
                name: "AlertDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlertId = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Event = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SenderMailbox = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    SendSlotUntil = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "ActionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetUserObjectId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TargetUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TicketReference = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CallerVerification = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RequestedByObjectId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedByUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedByRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedByObjectId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedByUpn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    SendFromHour = table.Column<int>(type: "INTEGER", nullable: false),
                    SendToHour = table.Column<int>(type: "INTEGER", nullable: false),
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
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientAddress = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SenderMailbox = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false, collation: "NOCASE"),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SendSlotUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GraphRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequireFourEyes = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SwitchOffRequestedById = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SwitchOffRequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SwitchOffRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SwitchOffReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    NotRegistered = table.Column<int>(type: "INTEGER", nullable: false),
                    SingleMethod = table.Column<int>(type: "INTEGER", nullable: false),
                    Resilient = table.Column<int>(type: "INTEGER", nullable: false),
                    Excluded = table.Column<int>(type: "INTEGER", nullable: false),
                    Disabled = table.Column<int>(type: "INTEGER", nullable: false),
                    Admins = table.Column<int>(type: "INTEGER", nullable: false),
                    AdminsWithoutMfa = table.Column<int>(type: "INTEGER", nullable: false),
                    PerUserMfaEnforced = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherMfaMethodUsers = table.Column<int>(type: "INTEGER", nullable: false)
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
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false)
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
                    UserPrincipalName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false, collation: "NOCASE"),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false, collation: "NOCASE"),
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
                    DisabledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsExcluded = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExclusionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusRank = table.Column<int>(type: "INTEGER", nullable: false),
                    SearchTermsCurrent = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    TenantUserId = table.Column<long>(type: "INTEGER", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false, collation: "BINARY"),
                    IsFullName = table.Column<bool>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                unique: true);

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
