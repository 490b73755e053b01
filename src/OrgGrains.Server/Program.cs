using OrgGrains.Model;
using OrgGrains.Runtime;
using OrgGrains.Server.Demo;
using OrgGrains.Server.Health;
using OrgGrains.Server.Hosting;
using OrgGrains.Server.Endpoints;

var builder = WebApplication.CreateBuilder(args);

builder.UseGrainRuntime(silo => silo
    .AddConfiguredStorage()
    .AddMemoryStreams(ChangeStreams.ProviderName));
builder.Services.AddOrganisationModel();
builder.Services.AddDemoOrganisation(builder.Configuration);
builder.Services.AddOrgGrainsHealthChecks();
builder.Services.AddOrgGraphQL(builder.Configuration);

var app = builder.Build();

app.MapOrgGrainsHealth();
app.MapOrgGraphQL();

app.Run();

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
