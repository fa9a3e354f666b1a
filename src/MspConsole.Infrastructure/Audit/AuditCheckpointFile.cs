using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Audit;

/// <summary>
/// Signed checkpoints outside the audit table: one JSON line per append in an append-only file per machine in
/// Audit:CheckpointDirectory, and the same line in the log (for a log store the database account cannot reach).
/// </summary>
internal sealed class AuditCheckpointFile(IOptions<AuditOptions> options, IOptions<DatabaseOptions> database, ILogger<AuditCheckpointFile> logger) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim gate = new(1, 1);

    public string Directory => options.Value.CheckpointDirectory is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(database.Value.ResolveDataFolder(), "audit-checkpoints");

    public async Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(checkpoint, Json);
        logger.LogInformation("Audit checkpoint {AuditCheckpoint}", line);
        await gate.WaitAsync(cancellationToken);
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            // Append mode and one write per line: instances sharing the folder on one machine do not interleave lines.
            await using var file = new FileStream(Path.Combine(Directory, $"checkpoints-{Environment.MachineName}.jsonl"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            await file.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The entry itself is saved and keyed; failing the action that was audited would not make it safer.
            logger.LogError(exception, "Audit checkpoint {Sequence} could not be written to {CheckpointDirectory}: deleting the entries after the last written checkpoint would go unnoticed", checkpoint.Sequence, Directory);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IReadOnlyList<AuditCheckpoint>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var checkpoints = new List<AuditCheckpoint>();
        if (!System.IO.Directory.Exists(Directory))
        {
            return checkpoints;
        }

        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.jsonl"))
        {
            var lineNumber = 0;
            await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                try
                {
                    checkpoints.Add(JsonSerializer.Deserialize<AuditCheckpoint>(line, Json) ?? throw new JsonException("null"));
                }
                catch (JsonException exception)
                {
                    throw new InvalidDataException($"Line {lineNumber} of the checkpoint file {path} is not a checkpoint: the file was altered.", exception);
                }
            }
        }

        return checkpoints;
    }

    public void Dispose() => gate.Dispose();
}
