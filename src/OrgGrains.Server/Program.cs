using OrgGrains.Model;
using OrgGrains.Server.Demo;
using OrgGrains.Server.Health;
using OrgGrains.Server.Hosting;
using OrgGrains.Server.Endpoints;
using OrgGrains.Server.Security;

var builder = WebApplication.CreateBuilder(args);

builder.UseOrleans(silo => silo
    .AddConfiguredCluster(builder.Configuration)
    .AddConfiguredStorage(builder.Configuration)
    .AddOrganisationModel());
builder.Services.AddDemoOrganisation(builder.Configuration);
builder.Services.AddOrgGrainsHealthChecks();
builder.Services.AddOrgGraphQL(builder.Configuration);
builder.AddOrgGrainsSecurity();

var app = builder.Build();

app.UseOrgGrainsSecurity();
app.MapOrgGrainsHealth();
app.MapOrgGraphQL();
app.MapPortal();

app.Run();

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
