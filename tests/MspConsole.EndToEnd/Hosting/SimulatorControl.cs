using System.Net.Http.Json;
using MspConsole.GraphSimulator.State;

namespace MspConsole.EndToEnd.Hosting;

/// <summary>The embedded simulator's control API over HTTP: ground truth a test reads, and changes a user makes in Microsoft 365.</summary>
public sealed class SimulatorControl(Uri simulatorAddress) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = simulatorAddress };

    public async Task<IReadOnlyList<TenantSummary>> TenantsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<TenantSummary>>("_simulator/tenants", cancellationToken) ?? [];

    public async Task<IReadOnlyList<UserSummary>> UsersAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<UserSummary>>($"_simulator/tenants/{tenantId}/users", cancellationToken) ?? [];

    public async Task<UserSummary> UserAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<UserSummary>($"_simulator/tenants/{tenantId}/users/{userId}", cancellationToken)
        ?? throw new InvalidOperationException($"No user {userId} in {tenantId}.");

    /// <summary>The user registers (or re-registers) a phone at My Sign-ins.</summary>
    public async Task RegisterPhoneAsync(Guid tenantId, Guid userId, string phoneType, string phoneNumber, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"_simulator/tenants/{tenantId}/users/{userId}/phones", new { phoneType, phoneNumber }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<SentMail>> OutboxAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<SentMail>>("_simulator/outbox", cancellationToken) ?? [];

    public async Task<IReadOnlyList<MutationRecord>> MutationsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<MutationRecord>>("_simulator/mutations", cancellationToken) ?? [];

    public void Dispose() => http.Dispose();
}
