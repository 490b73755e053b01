namespace OrgGrains.Model.Demo;

/// <summary>Vocabulary for realistic names.</summary>
internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Aisha", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Maya", "Nikhil",
        "Olga", "Pablo", "Qing", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Amara", "Bruno",
        "Chloe", "Daniel", "Emeka", "Fatima", "Gabriel", "Hannah", "Ivan", "Julia", "Kenji", "Lucia", "Mateo", "Nora", "Oscar",
        "Priya", "Rahul", "Sofia", "Tomas", "Ulla", "Victor", "Wanjiru", "Yara", "Zain",
    ];

    public static readonly string[] LastNames =
    [
        "Adeyemi", "Bauer", "Chen", "Dubois", "Eriksson", "Fernandes", "Garcia", "Hoffmann", "Ivanova", "Jensen", "Kowalski",
        "Lopez", "Müller", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Wagner",
        "Xu", "Yilmaz", "Zhang", "Andersen", "Brown", "Costa", "Dasgupta", "Evans", "Fischer", "Gupta", "Haddad", "Ito",
        "Kim", "Larsen", "Martin", "Novak", "Olsen", "Patel", "Ramos", "Silva", "Thompson", "Weber", "Yamamoto",
    ];

    public static readonly string[] BusinessAreas =
    [
        "Customer Engagement", "Supply Chain", "Pricing", "Risk & Compliance", "Marketing", "Finance", "Manufacturing",
        "Logistics", "Customer Service", "Product Quality", "Human Resources", "Fraud Prevention", "Sales", "Procurement",
        "Energy Management", "Claims", "Digital Channels", "Field Operations", "Research & Development", "Legal",
    ];

    public static readonly string[] Regions = ["EMEA", "Americas", "APAC", "Nordics", "DACH", "Iberia", "UK & Ireland", "India", "Japan", "Brazil",
        "France", "Benelux", "Central Europe", "Middle East", "Africa", "Canada", "Mexico", "Australia", "Korea", "China", "Italy",
        "Poland", "Turkey", "Southeast Asia", "Gulf"];

    public static readonly string[] PodProducts =
    [
        "Churn Prediction", "Demand Forecasting", "Fraud Detection", "Next Best Offer", "Document Understanding", "Route Optimisation",
        "Price Elasticity", "Visual Inspection", "Agent Copilot", "Contract Analysis", "Anomaly Detection", "Recommendation Engine",
        "Speech Analytics", "Inventory Optimisation", "Credit Scoring", "Claims Triage", "Lead Scoring", "Sentiment Insights",
        "Predictive Maintenance", "Knowledge Search", "Talent Matching", "Energy Forecasting", "Supplier Risk", "Quality Prediction",
        "Conversational Assistant", "Marketing Mix", "Cash Flow Forecast", "Image Tagging", "Call Summarisation", "Entity Resolution",
    ];

    public static readonly (string Name, Discipline Discipline)[] NetworkThemes =
    [
        ("NLP", Discipline.DataScience), ("Computer Vision", Discipline.MachineLearningEngineering), ("MLOps", Discipline.MlOps),
        ("Responsible AI", Discipline.ResponsibleAi), ("Data Engineering", Discipline.DataEngineering), ("AI Product", Discipline.Product),
        ("Forecasting", Discipline.DataScience), ("AI UX", Discipline.UxDesign), ("Platform Engineering", Discipline.BackendEngineering),
        ("Domain Knowledge", Discipline.DomainExpertise),
    ];

    public static readonly string[] LabThemes =
    [
        "Generative AI", "Autonomous Agents", "Edge AI", "Quantum ML", "Multimodal Models", "Synthetic Data", "AI for Science",
        "Robotics", "Small Language Models", "Privacy-Preserving ML",
    ];

    public static readonly string[] RadarTechnologies =
    [
        "Retrieval-augmented generation", "LLM evaluation harnesses", "Vector databases", "Feature stores", "Model distillation",
        "Agent frameworks", "Differential privacy", "On-device inference", "Prompt registries", "Synthetic tabular data",
    ];

    public static readonly string[] Roles = ["lead", "member", "member", "member", "advisor"];
}
