using System.Security.Cryptography;
using MspConsole.Core.Onboarding;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>
/// CSV import: the whole file is read and every row checked (fields, discovery, duplicates in the file and in the
/// database) before anything is written. A file with any problem imports nothing, unless the admin explicitly asks
/// for the valid rows only; a file refused as a whole (size, encoding, header, row count) never imports.
/// Audit: one TenantOnboarded entry per tenant (each tenant's history starts with its onboarding) plus one
/// TenantsImported entry with the counts and the file's SHA-256.
/// </summary>
public sealed class TenantImport(TenantCsvReader reader, TenantOnboarding onboarding, TenantWriter writer)
{
    public async Task<ImportReport> RunAsync(byte[] content, string fileName, bool import, bool validOnly, CancellationToken cancellationToken)
    {
        var read = reader.Read(content);
        var source = $"CSV {fileName}";
        if (read.Rows.Count == 0)
        {
            return new ImportReport(source, 0, 0, 0, FileRefused: true, read.Problems, []);
        }

        var check = await onboarding.CheckAsync(read.Rows, cancellationToken);
        var problems = read.Problems.Concat(check.Problems).OrderBy(p => p.Line).ToList();
        var rows = read.Rows.Count + read.Problems.Select(p => p.Line).Distinct().Count();
        var imported = 0;
        if (import && check.Valid.Count > 0 && (problems.Count == 0 || validOnly))
        {
            // The summary is written in the tenants' transaction: the file is imported entirely, with its entry, or not at all.
            imported = await writer.AddAsync(check.Valid, source, cancellationToken, new AdminChange(OnboardingAuditActions.TenantsImported, null, null, new
            {
                File = fileName,
                Sha256 = Convert.ToHexString(SHA256.HashData(content)),
                Rows = rows,
                Imported = check.Valid.Count,
                Skipped = rows - check.Valid.Count,
                ValidOnly = validOnly,
            }));
        }

        return new ImportReport(source, rows, check.Valid.Count, imported, FileRefused: false, problems,
            [.. check.Valid.Take(ImportReport.PreviewMax)]);
    }
}
