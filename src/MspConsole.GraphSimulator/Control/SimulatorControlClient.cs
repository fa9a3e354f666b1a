using System.Net.Http.Json;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Control;

/// <summary>
/// The simulator's control API over HTTP (<c>/_simulator</c>), for whoever holds only its address: the console's demo seeder
/// and tests of a console that runs its own simulator. <paramref name="http"/> has the simulator's root as its base address.
/// </summary>
public sealed class SimulatorControlClient(HttpClient http)
{
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
        using var response = await http.PostAsJsonAsync($"_simulator/tenants/{tenantId}/users/{userId}/phones", new NewPhone(phoneType, phoneNumber), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<SentMail>> OutboxAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<SentMail>>("_simulator/outbox", cancellationToken) ?? [];

    public async Task<IReadOnlyList<MutationRecord>> MutationsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<MutationRecord>>("_simulator/mutations", cancellationToken) ?? [];
}
