using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MspConsole.Web.Features.Api;

/// <summary>Declares the bearer API key in the OpenAPI document, so generated clients and tools send it.</summary>
public sealed class ApiKeySecurityScheme : IOpenApiDocumentTransformer
{
    private const string Name = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key created by an admin at /admin/api-keys.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, document)] = [] }];
        return Task.CompletedTask;
    }
}
