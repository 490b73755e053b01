using OrgGrains.Model;
using OrgGrains.Server.Demo;
using OrgGrains.Server.Health;
using OrgGrains.Server.Hosting;
using OrgGrains.Server.Endpoints;
using OrgGrains.Server.Scim;
using OrgGrains.Server.Security;
using OrgGrains.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.UseOrleans(silo => silo
    .AddConfiguredCluster(builder.Configuration)
    .AddConfiguredStorage(builder.Configuration)
    .AddOrganisationModel()
    .AddWebhooks(o => builder.Configuration.GetSection("Webhooks").Bind(o)));
builder.Services.AddDemoOrganisation(builder.Configuration);
builder.Services.AddOrgGrainsHealthChecks();
builder.Services.AddOrgGraphQL(builder.Configuration);
builder.Services.AddScim(builder.Configuration);
builder.AddOrgGrainsSecurity();

var app = builder.Build();

app.UseOrgGrainsSecurity();
app.MapOrgGrainsHealth();
app.MapOrgGraphQL();
app.MapScim();

app.Run();

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
