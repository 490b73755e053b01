using OrgGrains.Model;
using OrgGrains.Server.Demo;
using OrgGrains.Server.Health;
using OrgGrains.Server.Hosting;
using OrgGrains.Server.Endpoints;
using OrgGrains.Server.Scim;
using OrgGrains.Server.Security;
using OrgGrains.Server.Telemetry;
using OrgGrains.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.UseOrleans(silo => silo
    .AddConfiguredCluster(builder.Configuration)
    .AddConfiguredStorage(builder.Configuration)
    .AddOrganisationModel()
    .AddWebhooks(o => builder.Configuration.GetSection("Webhooks").Bind(o))
    .AddConfiguredTelemetry(builder.Configuration));
builder.Services.AddDemoOrganisation(builder.Configuration);
builder.Services.AddGracefulShutdown(builder.Configuration);
builder.Services.AddOrgGrainsHealthChecks();
builder.Services.AddOrgGraphQL(builder.Configuration);
builder.Services.AddScim(builder.Configuration);
builder.AddOrgGrainsSecurity();
builder.AddOrgGrainsTelemetry();

var app = builder.Build();

app.UseOrgGrainsSecurity();
app.MapOrgGrainsHealth();
app.MapOrgGrainsTelemetry();
app.MapOrgGraphQL();
app.MapScim();
app.MapOrgBulk();
app.MapPortal();

app.Run();

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
