IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [ActionReceipts] (
        [Key] uniqueidentifier NOT NULL,
        [ActorObjectId] nvarchar(256) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CompletedAt] datetimeoffset NULL,
        [Summary] nvarchar(512) NULL,
        CONSTRAINT [PK_ActionReceipts] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [AlertRules] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [TenantId] uniqueidentifier NULL,
        [Threshold] int NULL,
        [EmailRecipients] nvarchar(1000) NOT NULL,
        [WebhookFormat] int NOT NULL,
        [WebhookUrl] nvarchar(2000) NULL,
        [ProtectedSecret] nvarchar(1000) NULL,
        [Language] nvarchar(10) NOT NULL,
        [Enabled] bit NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_AlertRules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [Alerts] (
        [Id] bigint NOT NULL IDENTITY,
        [RuleId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [TenantId] uniqueidentifier NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [SubjectName] nvarchar(400) NOT NULL,
        [Figure] int NULL,
        [Note] nvarchar(2000) NULL,
        [OpenedAt] datetimeoffset NOT NULL,
        [ResolvedAt] datetimeoffset NULL,
        [ResolvedQuietly] bit NOT NULL,
        [OpenKey] nvarchar(300) NULL,
        CONSTRAINT [PK_Alerts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [KeyHash] nvarchar(64) NOT NULL,
        [Prefix] nvarchar(12) NOT NULL,
        [AccountManagerObjectId] nvarchar(64) NULL,
        [AccountManagerUpn] nvarchar(256) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [RevokedAt] datetimeoffset NULL,
        [LastUsedAt] datetimeoffset NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [Sequence] bigint NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [ActorObjectId] nvarchar(256) NOT NULL,
        [ActorUpn] nvarchar(256) NOT NULL,
        [ActorRole] nvarchar(32) NOT NULL,
        [Action] nvarchar(64) NOT NULL,
        [Outcome] nvarchar(16) NOT NULL,
        [TenantId] uniqueidentifier NULL,
        [TargetUserObjectId] nvarchar(256) NULL,
        [TargetUpn] nvarchar(256) NULL,
        [Reason] nvarchar(4000) NULL,
        [TicketReference] nvarchar(256) NULL,
        [CallerVerification] nvarchar(256) NULL,
        [Before] nvarchar(4000) NULL,
        [After] nvarchar(4000) NULL,
        [Error] nvarchar(4000) NULL,
        [CorrelationId] nvarchar(64) NULL,
        [GraphRequestId] nvarchar(64) NULL,
        [ClientIp] nvarchar(64) NULL,
        [PreviousHash] nvarchar(64) NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [ReminderBatches] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Target] nvarchar(16) NOT NULL,
        [TenantId] uniqueidentifier NULL,
        [RequestedByObjectId] nvarchar(256) NOT NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [RequestedByRole] nvarchar(32) NOT NULL,
        [Reason] nvarchar(1000) NULL,
        [CorrelationId] nvarchar(64) NULL,
        [ClientIp] nvarchar(64) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ExpandedAt] datetimeoffset NULL,
        [StartedAt] datetimeoffset NULL,
        [FinishedAt] datetimeoffset NULL,
        [Total] int NOT NULL,
        [Sent] int NOT NULL,
        [Failed] int NOT NULL,
        [Skipped] int NOT NULL,
        [PausedAt] datetimeoffset NULL,
        [CancelledAt] datetimeoffset NULL,
        CONSTRAINT [PK_ReminderBatches] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [SignInSessions] (
        [Id] uniqueidentifier NOT NULL,
        [UserObjectId] nvarchar(64) NOT NULL,
        [Roles] nvarchar(256) NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [EndedAt] datetimeoffset NULL,
        [EndReason] nvarchar(64) NULL,
        CONSTRAINT [PK_SignInSessions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [Tenants] (
        [Id] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(256) NOT NULL,
        [NameSortKey] nvarchar(256) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [DefaultDomain] nvarchar(253) NOT NULL,
        [ContractOwner] nvarchar(32) NOT NULL,
        [CustomerItContact] nvarchar(512) NULL,
        [Language] nvarchar(8) NOT NULL,
        [Tags] nvarchar(512) NOT NULL,
        [ConsentState] nvarchar(32) NOT NULL,
        [DataSource] nvarchar(32) NOT NULL,
        [SecurityDefaultsEnabled] bit NULL,
        [ConditionalAccessMfaPolicies] int NULL,
        [PollingPaused] bit NOT NULL,
        [OffboardedAt] datetimeoffset NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [LastPollStartedAt] datetimeoffset NULL,
        [LastPollFinishedAt] datetimeoffset NULL,
        [LastPollOutcome] nvarchar(32) NULL,
        [LastPollError] nvarchar(2000) NULL,
        [LastSuccessfulPollAt] datetimeoffset NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Tenants] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [AlertDeliveries] (
        [Id] bigint NOT NULL IDENTITY,
        [AlertId] bigint NOT NULL,
        [RuleId] uniqueidentifier NOT NULL,
        [Event] int NOT NULL,
        [Channel] int NOT NULL,
        [Target] nvarchar(320) NOT NULL,
        [Status] int NOT NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(2000) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [LastAttemptAt] datetimeoffset NULL,
        [DeliveredAt] datetimeoffset NULL,
        [SenderMailbox] nvarchar(320) NULL,
        [SendSlotUntil] datetimeoffset NULL,
        CONSTRAINT [PK_AlertDeliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AlertDeliveries_Alerts_AlertId] FOREIGN KEY ([AlertId]) REFERENCES [Alerts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [AccountManagerAssignments] (
        [TenantId] uniqueidentifier NOT NULL,
        [AccountManagerObjectId] nvarchar(64) NOT NULL,
        [AccountManagerUpn] nvarchar(256) NOT NULL,
        [AssignedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_AccountManagerAssignments] PRIMARY KEY ([TenantId], [AccountManagerObjectId]),
        CONSTRAINT [FK_AccountManagerAssignments_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [ActionRequests] (
        [Id] uniqueidentifier NOT NULL,
        [TenantId] uniqueidentifier NOT NULL,
        [TargetUserObjectId] nvarchar(256) NOT NULL,
        [TargetUpn] nvarchar(256) NOT NULL,
        [Action] nvarchar(32) NOT NULL,
        [Parameters] nvarchar(1000) NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [TicketReference] nvarchar(256) NULL,
        [CallerVerification] nvarchar(256) NULL,
        [RequestedByObjectId] nvarchar(256) NOT NULL,
        [RequestedByUpn] nvarchar(256) NOT NULL,
        [RequestedByRole] nvarchar(32) NOT NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [DecidedByObjectId] nvarchar(256) NULL,
        [DecidedByUpn] nvarchar(256) NULL,
        [DecidedAt] datetimeoffset NULL,
        [DecisionNote] nvarchar(1000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ActionRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ActionRequests_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [CustomerReportSubscriptions] (
        [TenantId] uniqueidentifier NOT NULL,
        [Enabled] bit NOT NULL,
        [Frequency] int NOT NULL,
        [Recipients] nvarchar(1000) NOT NULL,
        [LastSentPeriod] nvarchar(16) NULL,
        [LastSentAt] datetimeoffset NULL,
        [LastSentFigures_Users] int NULL,
        [LastSentFigures_Resilient] int NULL,
        [LastSentFigures_NeedAction] int NULL,
        [LastSentFigures_AdminsWithoutMfa] int NULL,
        [LastFailedAt] datetimeoffset NULL,
        [LastFailure] nvarchar(2000) NULL,
        [SenderMailbox] nvarchar(320) NULL,
        [SendSlotUntil] datetimeoffset NULL,
        CONSTRAINT [PK_CustomerReportSubscriptions] PRIMARY KEY ([TenantId]),
        CONSTRAINT [FK_CustomerReportSubscriptions_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [PollRuns] (
        [Id] bigint NOT NULL IDENTITY,
        [TenantId] uniqueidentifier NOT NULL,
        [Trigger] nvarchar(16) NOT NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [FinishedAt] datetimeoffset NULL,
        [DataSource] nvarchar(32) NOT NULL,
        [Pages] int NOT NULL,
        [Users] int NOT NULL,
        [RemovedUsers] int NOT NULL,
        [GraphRequests] int NOT NULL,
        [ThrottledRetries] int NOT NULL,
        [Outcome] nvarchar(16) NOT NULL,
        [Error] nvarchar(2000) NULL,
        [GraphRequestId] nvarchar(64) NULL,
        CONSTRAINT [PK_PollRuns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PollRuns_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [ReminderPolicies] (
        [TenantId] uniqueidentifier NOT NULL,
        [Enabled] bit NOT NULL,
        [CadenceDays] int NOT NULL,
        [MaxRemindersPerUser] int NOT NULL,
        [TargetNotRegistered] bit NOT NULL,
        [TargetSingleMethod] bit NOT NULL,
        [SendDaysMask] int NOT NULL,
        [SendFromHour] int NOT NULL,
        [SendToHour] int NOT NULL,
        [SenderMailbox] nvarchar(320) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReminderPolicies] PRIMARY KEY ([TenantId]),
        CONSTRAINT [FK_ReminderPolicies_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [Reminders] (
        [Id] bigint NOT NULL IDENTITY,
        [BatchId] uniqueidentifier NULL,
        [TenantId] uniqueidentifier NOT NULL,
        [UserObjectId] nvarchar(64) NOT NULL,
        [RecipientAddress] nvarchar(320) NOT NULL,
        [Language] nvarchar(8) NOT NULL,
        [SenderMailbox] nvarchar(320) NOT NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [SentAt] datetimeoffset NULL,
        [SendSlotUntil] datetimeoffset NULL,
        [Outcome] nvarchar(16) NULL,
        [Error] nvarchar(2000) NULL,
        [GraphRequestId] nvarchar(64) NULL,
        CONSTRAINT [PK_Reminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Reminders_ReminderBatches_BatchId] FOREIGN KEY ([BatchId]) REFERENCES [ReminderBatches] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Reminders_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [TenantActionPolicies] (
        [TenantId] uniqueidentifier NOT NULL,
        [RequireFourEyes] bit NOT NULL,
        [ChangedBy] nvarchar(256) NOT NULL,
        [ChangedAt] datetimeoffset NOT NULL,
        [SwitchOffRequestedById] nvarchar(256) NULL,
        [SwitchOffRequestedBy] nvarchar(256) NULL,
        [SwitchOffRequestedAt] datetimeoffset NULL,
        [SwitchOffReason] nvarchar(1000) NULL,
        CONSTRAINT [PK_TenantActionPolicies] PRIMARY KEY ([TenantId]),
        CONSTRAINT [FK_TenantActionPolicies_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [TenantFigures] (
        [TenantId] uniqueidentifier NOT NULL,
        [Users] int NOT NULL,
        [NotRegistered] int NOT NULL,
        [SingleMethod] int NOT NULL,
        [Resilient] int NOT NULL,
        [Excluded] int NOT NULL,
        [Disabled] int NOT NULL,
        [Admins] int NOT NULL,
        [AdminsWithoutMfa] int NOT NULL,
        [PerUserMfaEnforced] int NOT NULL,
        [OtherMfaMethodUsers] int NOT NULL,
        CONSTRAINT [PK_TenantFigures] PRIMARY KEY ([TenantId]),
        CONSTRAINT [FK_TenantFigures_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [TenantMethodFigures] (
        [TenantId] uniqueidentifier NOT NULL,
        [Method] nvarchar(128) NOT NULL,
        [Users] int NOT NULL,
        CONSTRAINT [PK_TenantMethodFigures] PRIMARY KEY ([TenantId], [Method]),
        CONSTRAINT [FK_TenantMethodFigures_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [TenantSnapshots] (
        [Id] bigint NOT NULL IDENTITY,
        [TenantId] uniqueidentifier NOT NULL,
        [Day] date NOT NULL,
        [TotalUsers] int NOT NULL,
        [NotRegistered] int NOT NULL,
        [SingleMethod] int NOT NULL,
        [Resilient] int NOT NULL,
        [Excluded] int NOT NULL,
        [AdminsWithoutMfa] int NOT NULL,
        [AuthenticatorUsers] int NOT NULL,
        [MobilePhoneUsers] int NOT NULL,
        [EmailUsers] int NOT NULL,
        [OfficePhoneUsers] int NOT NULL,
        [OtherMfaMethodUsers] int NOT NULL,
        [PerUserMfaEnforced] int NOT NULL,
        [TakenAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_TenantSnapshots] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TenantSnapshots_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [TenantUsers] (
        [Id] bigint NOT NULL IDENTITY,
        [TenantId] uniqueidentifier NOT NULL,
        [ObjectId] nvarchar(64) NOT NULL,
        [UserPrincipalName] nvarchar(256) NOT NULL,
        [DisplayName] nvarchar(256) NOT NULL,
        [IsGuest] bit NOT NULL,
        [IsAdmin] bit NOT NULL,
        [IsMfaRegistered] bit NOT NULL,
        [IsMfaCapable] bit NOT NULL,
        [IsSsprRegistered] bit NOT NULL,
        [IsPasswordlessCapable] bit NOT NULL,
        [MethodsRegistered] nvarchar(1024) NOT NULL,
        [MfaMethodCount] int NOT NULL,
        [DefaultMethod] nvarchar(64) NULL,
        [PreferredLanguage] nvarchar(16) NULL,
        [PerUserMfaState] nvarchar(16) NOT NULL,
        [LastUpdatedInGraph] datetimeoffset NULL,
        [FirstSeenAt] datetimeoffset NOT NULL,
        [LastSeenAt] datetimeoffset NOT NULL,
        [RemovedAt] datetimeoffset NULL,
        [DisabledAt] datetimeoffset NULL,
        [IsExcluded] bit NOT NULL,
        [ExclusionReason] nvarchar(1000) NULL,
        [Status] nvarchar(32) NOT NULL,
        [StatusRank] int NOT NULL,
        [SearchTermsCurrent] bit NOT NULL,
        CONSTRAINT [PK_TenantUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TenantUsers_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE TABLE [UserSearchTerms] (
        [TenantUserId] bigint NOT NULL,
        [Term] nvarchar(64) COLLATE Latin1_General_100_BIN2 NOT NULL,
        [IsFullName] bit NOT NULL,
        [TenantId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_UserSearchTerms] PRIMARY KEY ([IsFullName], [Term], [TenantUserId]),
        CONSTRAINT [FK_UserSearchTerms_TenantUsers_TenantUserId] FOREIGN KEY ([TenantUserId]) REFERENCES [TenantUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_AccountManagerAssignments_AccountManagerObjectId] ON [AccountManagerAssignments] ([AccountManagerObjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_ActionRequests_Status_RequestedAt] ON [ActionRequests] ([Status], [RequestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_ActionRequests_TenantId] ON [ActionRequests] ([TenantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AlertDeliveries_AlertId_Event_Channel_Target] ON [AlertDeliveries] ([AlertId], [Event], [Channel], [Target]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_AlertDeliveries_SenderMailbox_SendSlotUntil] ON [AlertDeliveries] ([SenderMailbox], [SendSlotUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Alerts_OpenKey] ON [Alerts] ([OpenKey]) WHERE [OpenKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_Alerts_TenantId_ResolvedAt] ON [Alerts] ([TenantId], [ResolvedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_KeyHash] ON [ApiKeys] ([KeyHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_ActorUpn_OccurredAt] ON [AuditEntries] ([ActorUpn], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OccurredAt] ON [AuditEntries] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AuditEntries_PreviousHash] ON [AuditEntries] ([PreviousHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AuditEntries_Sequence] ON [AuditEntries] ([Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_TenantId_OccurredAt] ON [AuditEntries] ([TenantId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_TenantId_TargetUserObjectId] ON [AuditEntries] ([TenantId], [TargetUserObjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_CustomerReportSubscriptions_SenderMailbox] ON [CustomerReportSubscriptions] ([SenderMailbox]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_PollRuns_TenantId_StartedAt] ON [PollRuns] ([TenantId], [StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_ReminderBatches_CreatedAt] ON [ReminderBatches] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_Reminders_BatchId_Outcome] ON [Reminders] ([BatchId], [Outcome]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_Reminders_SenderMailbox_SendSlotUntil] ON [Reminders] ([SenderMailbox], [SendSlotUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_Reminders_SenderMailbox_SentAt] ON [Reminders] ([SenderMailbox], [SentAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_Reminders_TenantId_UserObjectId_CreatedAt] ON [Reminders] ([TenantId], [UserObjectId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_SignInSessions_UserObjectId_EndedAt] ON [SignInSessions] ([UserObjectId], [EndedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Tenants_DefaultDomain] ON [Tenants] ([DefaultDomain]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_Tenants_NameSortKey_Id] ON [Tenants] ([NameSortKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TenantSnapshots_TenantId_Day] ON [TenantSnapshots] ([TenantId], [Day]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_TenantUsers_DisplayName] ON [TenantUsers] ([DisplayName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_TenantUsers_TenantId_DisplayName] ON [TenantUsers] ([TenantId], [DisplayName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_TenantUsers_TenantId_MfaMethodCount] ON [TenantUsers] ([TenantId], [MfaMethodCount]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TenantUsers_TenantId_ObjectId] ON [TenantUsers] ([TenantId], [ObjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_TenantUsers_TenantId_RemovedAt_Status_IsAdmin] ON [TenantUsers] ([TenantId], [RemovedAt], [Status], [IsAdmin]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_TenantUsers_TenantId_StatusRank] ON [TenantUsers] ([TenantId], [StatusRank]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_TenantUsers_TenantId_UserPrincipalName] ON [TenantUsers] ([TenantId], [UserPrincipalName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_TenantUsers_UserPrincipalName] ON [TenantUsers] ([UserPrincipalName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    CREATE INDEX [IX_UserSearchTerms_TenantUserId] ON [UserSearchTerms] ([TenantUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206163403_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206163403_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206180220_DropUserNameIndexes'
)
BEGIN
    DROP INDEX [IX_TenantUsers_DisplayName] ON [TenantUsers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206180220_DropUserNameIndexes'
)
BEGIN
    DROP INDEX [IX_TenantUsers_UserPrincipalName] ON [TenantUsers];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206180220_DropUserNameIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206180220_DropUserNameIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [Admins] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [AdminsWithoutMfa] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [Disabled] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [Excluded] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [NotRegistered] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [OtherMfaMethodUsers] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [PerUserMfaEnforced] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [Resilient] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [SingleMethod] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    ALTER TABLE [Tenants] ADD [Users] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    EXEC(N'ALTER TABLE [Tenants] ADD [RegisteredShare] AS CASE WHEN "Users" - "Excluded" > 0 THEN CAST("SingleMethod" + "Resilient" AS FLOAT) / ("Users" - "Excluded") ELSE 2.0 END PERSISTED');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    EXEC(N'ALTER TABLE [Tenants] ADD [ResilientShare] AS CASE WHEN "Users" - "Excluded" > 0 THEN CAST("Resilient" AS FLOAT) / ("Users" - "Excluded") ELSE 2.0 END PERSISTED');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    CREATE INDEX [IX_Tenants_Overview_Critical] ON [Tenants] ([OffboardedAt], [AdminsWithoutMfa] DESC, [RegisteredShare], [NameSortKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    CREATE INDEX [IX_Tenants_Overview_LastPoll] ON [Tenants] ([OffboardedAt], [LastPollFinishedAt], [NameSortKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    CREATE INDEX [IX_Tenants_Overview_Registered] ON [Tenants] ([OffboardedAt], [RegisteredShare], [NameSortKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    CREATE INDEX [IX_Tenants_Overview_Resilient] ON [Tenants] ([OffboardedAt], [ResilientShare], [NameSortKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    CREATE INDEX [IX_Tenants_Overview_Users] ON [Tenants] ([OffboardedAt], [Users], [NameSortKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    EXEC(N'UPDATE "Tenants" SET "Users" = COALESCE((SELECT "f"."Users" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0), "NotRegistered" = COALESCE((SELECT "f"."NotRegistered" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0), "SingleMethod" = COALESCE((SELECT "f"."SingleMethod" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0), "Resilient" = COALESCE((SELECT "f"."Resilient" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0), "Excluded" = COALESCE((SELECT "f"."Excluded" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0), "Disabled" = COALESCE((SELECT "f"."Disabled" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0), "Admins" = COALESCE((SELECT "f"."Admins" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0), "AdminsWithoutMfa" = COALESCE((SELECT "f"."AdminsWithoutMfa" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0), "PerUserMfaEnforced" = COALESCE((SELECT "f"."PerUserMfaEnforced" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0), "OtherMfaMethodUsers" = COALESCE((SELECT "f"."OtherMfaMethodUsers" FROM "TenantFigures" AS "f" WHERE "f"."TenantId" = "Tenants"."Id"), 0)')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    DROP TABLE [TenantFigures];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206184546_FiguresOnTenantRow'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206184546_FiguresOnTenantRow', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206191214_OverviewTotalsIndexes'
)
BEGIN
    CREATE INDEX [IX_Tenants_Overview_Tags] ON [Tenants] ([OffboardedAt], [Tags]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206191214_OverviewTotalsIndexes'
)
BEGIN
    CREATE INDEX [IX_Tenants_Overview_Totals] ON [Tenants] ([OffboardedAt], [Users], [NotRegistered], [SingleMethod], [Resilient], [Excluded], [Admins], [AdminsWithoutMfa], [ConsentState], [LastPollOutcome], [LastSuccessfulPollAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206191214_OverviewTotalsIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206191214_OverviewTotalsIndexes', N'10.0.15');
END;

COMMIT;
GO

