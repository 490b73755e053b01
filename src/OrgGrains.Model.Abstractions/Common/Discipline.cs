namespace OrgGrains.Model;

/// <summary>A person's professional discipline, as the AI pods are composed from them.</summary>
public enum Discipline
{
    MachineLearningEngineering,
    DataScience,
    DataEngineering,
    Product,
    DomainExpertise,
    UxDesign,
    MlOps,
    BackendEngineering,
    ResponsibleAi,
}
