using System.Text;
using Carbon.Data;

namespace Carbon;

/// <summary>The JSON Schemas of project files and reports, embedded (the same files as docs/schemas).</summary>
public static class CarbonSchemas
{
    /// <summary>The project-file schema (version 1).</summary>
    public static string Project => Read("Carbon.Schemas.project.schema.json");

    /// <summary>The report schema (version 2).</summary>
    public static string Report => Read("Carbon.Schemas.report.schema.json");

    private static string Read(string name) => Encoding.UTF8.GetString(CoreData.ReadResource(typeof(CarbonSchemas).Assembly, name));
}
