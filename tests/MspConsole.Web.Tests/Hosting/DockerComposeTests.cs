using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace MspConsole.Web.Tests.Hosting;

/// <summary>
/// docker-compose.yml as parsed YAML (no Docker engine needed): the database stays on the compose network, secrets
/// come from the untracked .env, and the console connects with its own least-privileged login, never sa.
/// </summary>
public sealed partial class DockerComposeTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly Dictionary<object, object> Services = (Dictionary<object, object>)Compose()["services"];

    [Fact]
    public void SqlServer_PublishesNoPortOnTheHost()
    {
        var sqlServer = Service("sqlserver");

        Assert.False(sqlServer.ContainsKey("ports"), "sqlserver must not publish ports: the console reaches it on the compose network");
        Assert.False(sqlServer.ContainsKey("network_mode"), "sqlserver must stay on the compose network");
    }

    [Fact]
    public void Secrets_ComeFromTheEnvFile_WithNoDefaultInTheComposeFile()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));

        var secretsWithDefaults = VariablePattern().Matches(text)
            .Where(match => IsSecret(match.Groups["name"].Value) && match.Groups["operator"].Value != ":?")
            .Select(match => match.Value).ToList();

        Assert.Empty(secretsWithDefaults);
        Assert.Contains("${MSSQL_SA_PASSWORD:?", Environment("sqlserver")["MSSQL_SA_PASSWORD"], StringComparison.Ordinal);
    }

    [Fact]
    public void EnvFile_IsIgnored_AndTheExampleNamesEveryRequiredVariable()
    {
        var ignored = File.ReadAllLines(Path.Combine(Root, ".gitignore")).Select(line => line.Trim());
        var example = File.ReadAllLines(Path.Combine(Root, ".env.example"))
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)]).ToHashSet();
        var required = VariablePattern().Matches(File.ReadAllText(Path.Combine(Root, "docker-compose.yml")))
            .Select(match => match.Groups["name"].Value).ToHashSet();

        Assert.Contains(".env", ignored);
        Assert.Empty(required.Except(example));
    }

    [Fact]
    public void Console_ConnectsWithItsOwnLogin_CreatedByTheMigrateStep()
    {
        var connectionString = Environment("console")["Database__ConnectionString"];
        var migrate = string.Join(' ', ((List<object>)Service("migrate")["entrypoint"]).Cast<string>());
        var login = File.ReadAllText(Path.Combine(Root, "db", "console-login.sql"));

        Assert.DoesNotMatch("(?i)user id=sa;", connectionString);
        Assert.Contains("User Id=${CONSOLE_DB_LOGIN", connectionString, StringComparison.Ordinal);
        Assert.Contains("-i /db/console-login.sql", migrate, StringComparison.Ordinal);
        Assert.Contains("ConsoleLogin=\"$$CONSOLE_DB_LOGIN\"", migrate, StringComparison.Ordinal);
        foreach (var tooMuch in new[] { "db_owner", "sysadmin", "db_ddladmin", "GRANT CONTROL", "GRANT ALTER ANY" })
        {
            Assert.DoesNotContain(tooMuch, login, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("ALTER ROLE db_datareader ADD MEMBER [$(ConsoleLogin)]", login, StringComparison.Ordinal);
        Assert.Contains("ALTER ROLE db_datawriter ADD MEMBER [$(ConsoleLogin)]", login, StringComparison.Ordinal);
    }

    private static bool IsSecret(string name) => name.Contains("PASSWORD", StringComparison.Ordinal) || name.Contains("KEY", StringComparison.Ordinal) || name.Contains("SECRET", StringComparison.Ordinal);

    private static Dictionary<object, object> Service(string name) => (Dictionary<object, object>)Services[name];

    private static Dictionary<string, string> Environment(string service) =>
        ((Dictionary<object, object>)Service(service)["environment"]).ToDictionary(pair => (string)pair.Key, pair => (string)pair.Value);

    private static Dictionary<object, object> Compose() =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(Root, "docker-compose.yml")));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MspConsole.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("No MspConsole.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>A compose variable reference: ${NAME}, ${NAME:-default}, ${NAME:?error} (not the $$ escape).</summary>
    [GeneratedRegex(@"(?<!\$)\$\{(?<name>[A-Z_][A-Z0-9_]*)(?<operator>:?[-?])?[^}]*\}")]
    private static partial Regex VariablePattern();
}
