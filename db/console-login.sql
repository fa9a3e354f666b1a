-- The console's own least-privileged login, run by the compose "migrate" step after migrate.sql (as an administrator):
--   sqlcmd -S <server> -d MspConsole -i db/console-login.sql -v ConsoleLogin="mspconsole" ConsolePassword="..."
-- It may read and write rows, create tables only in the HangFire schema it owns (Hangfire's own schema upgrades), and
-- nothing else: no DDL on the console's tables, no server-level rights. Idempotent: re-running sets the password again.
-- The password must not contain a single quote.
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'$(ConsoleLogin)')
    CREATE LOGIN [$(ConsoleLogin)] WITH PASSWORD = N'$(ConsolePassword)', CHECK_POLICY = ON, DEFAULT_DATABASE = [MspConsole];
ELSE
    ALTER LOGIN [$(ConsoleLogin)] WITH PASSWORD = N'$(ConsolePassword)';
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'$(ConsoleLogin)')
    CREATE USER [$(ConsoleLogin)] FOR LOGIN [$(ConsoleLogin)];
ALTER ROLE db_datareader ADD MEMBER [$(ConsoleLogin)];
ALTER ROLE db_datawriter ADD MEMBER [$(ConsoleLogin)];
GRANT CREATE TABLE TO [$(ConsoleLogin)];
GO
IF SCHEMA_ID(N'HangFire') IS NULL
    EXEC (N'CREATE SCHEMA [HangFire] AUTHORIZATION [$(ConsoleLogin)]');
ELSE
    ALTER AUTHORIZATION ON SCHEMA::[HangFire] TO [$(ConsoleLogin)];
GO
