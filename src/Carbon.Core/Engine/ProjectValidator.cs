using Carbon.Energy;
using Carbon.Projects;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Engine;

/// <summary>Checks a read project against the loaded carriers and plugins, collecting every problem before any calculation.</summary>
internal static class ProjectValidator
{
    public static List<(ActivityInput Input, PluginRegistry.KindEntry Entry)> Validate(Project project, CarrierCatalog carriers, PluginRegistry plugins, List<Diagnostic> diagnostics)
    {
        foreach (var line in project.Energy)
        {
            ValidateEnergyLine(line, carriers, diagnostics);
        }

        foreach (var product in project.Products)
        {
            var d = product.Output.Dimension;
            if (d != Dimension.OfMass && d != Dimension.OfVolume && d != Dimension.OfCount)
            {
                diagnostics.Add(EngineDiagnostics.ProductDimension(JsonPointer.Member(product.Path, "output"), product.OutputText));
            }
        }

        foreach (var e in project.Options.EqualValue)
        {
            if (carriers.TryGet(e.Carrier, out var carrier) && e.Coefficient.Dimension != Dimension.OfCoalEquivalent / carrier.Dimension)
            {
                diagnostics.Add(EngineDiagnostics.EqualValueDimension(JsonPointer.Member(e.Path, "coefficient"), e.Text));
            }
        }

        if (!project.Options.Methods.IsEmpty)
        {
            foreach (var (pluginId, method) in project.Options.Methods.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                var path = "/options/methods/" + pluginId;
                if (!plugins.TryGetPlugin(pluginId, out var plugin))
                {
                    diagnostics.Add(EngineDiagnostics.UnknownMethodPlugin(path, pluginId, string.Join(", ", plugins.Plugins.Select(p => p.Metadata.Id))));
                }
                else if (!HasMethodology(plugin, method))
                {
                    diagnostics.Add(EngineDiagnostics.UnknownMethod(path, method, pluginId, string.Join(", ", plugin.Metadata.Methodologies.Select(m => m.Id))));
                }
            }
        }

        var bound = new List<(ActivityInput, PluginRegistry.KindEntry)>(project.Activities.Length);
        foreach (var raw in project.Activities)
        {
            if (!plugins.TryGetKind(raw.Kind, out var entry))
            {
                diagnostics.Add(EngineDiagnostics.UnknownKind(JsonPointer.Member(raw.Path, "kind"), raw.Kind, plugins.KnownKinds.Length == 0 ? "(none)" : plugins.KnownKinds));
                continue;
            }

            var input = ActivityBinder.Bind(raw, entry.Binding, diagnostics);
            if (input is not null)
            {
                bound.Add((input, entry));
            }
        }

        return bound;
    }

    private static bool HasMethodology(Sdk.Plugins.ISectorPlugin plugin, string method)
    {
        foreach (var m in plugin.Metadata.Methodologies)
        {
            if (m.Id == method)
            {
                return true;
            }
        }

        return false;
    }

    private static void ValidateEnergyLine(EnergyLine line, CarrierCatalog carriers, List<Diagnostic> diagnostics)
    {
        if (!carriers.TryGet(line.Carrier, out var carrier))
        {
            diagnostics.Add(EngineDiagnostics.UnknownCarrier(JsonPointer.Member(line.Path, "carrier"), line.Carrier, string.Join(", ", carriers.Carriers.Select(c => c.Id))));
            return;
        }

        if (line.Amount.Dimension != carrier.Dimension)
        {
            diagnostics.Add(EngineDiagnostics.CarrierDimension(JsonPointer.Member(line.Path, "amount"), carrier.Id, line.AmountText, carrier.Unit));
        }
        else if (line.Amount.Value < 0)
        {
            diagnostics.Add(ProjectDiagnostics.Negative(JsonPointer.Member(line.Path, "amount"), line.AmountText));
        }

        var isFuel = carrier.Kind == CarrierKind.Fuel;
        if (line.Ncv is { } ncv)
        {
            if (!isFuel)
            {
                diagnostics.Add(EngineDiagnostics.NotApplicable(JsonPointer.Member(line.Path, "ncv"), "ncv", carrier.Id, "低位发热量只适用于燃料", "a net calorific value applies to fuels only"));
            }
            else if (ncv.Dimension != Dimension.OfEnergy / carrier.Dimension)
            {
                diagnostics.Add(EngineDiagnostics.NcvDimension(JsonPointer.Member(line.Path, "ncv"), line.NcvText ?? string.Empty, carrier.Dimension == Dimension.OfVolume ? "389.31 GJ/万Nm³" : "20.908 GJ/t"));
            }
            else if (ncv.Value <= 0)
            {
                diagnostics.Add(ProjectDiagnostics.Negative(JsonPointer.Member(line.Path, "ncv"), line.NcvText ?? string.Empty));
            }
        }

        if (carrier.Kind == CarrierKind.Steam && line.Enthalpy is null)
        {
            diagnostics.Add(EngineDiagnostics.SteamNeedsEnthalpy(line.Path));
        }
        else if (carrier.Kind != CarrierKind.Steam && line.Enthalpy is not null)
        {
            diagnostics.Add(EngineDiagnostics.NotApplicable(JsonPointer.Member(line.Path, "enthalpy"), "enthalpy", carrier.Id, "焓值只适用于蒸汽", "an enthalpy applies to steam only"));
        }

        if (!isFuel && (line.CarbonContent is not null || line.Oxidation is not null))
        {
            diagnostics.Add(EngineDiagnostics.NotApplicable(line.Path, "carbonContent/oxidation", carrier.Id, "含碳量和氧化率只适用于燃料", "carbon content and oxidation apply to fuels only"));
        }

        if (line.EmissionFactor is { } ef)
        {
            var expected = Dimension.OfMass / Dimension.OfEnergy;
            if (isFuel)
            {
                diagnostics.Add(EngineDiagnostics.NotApplicable(JsonPointer.Member(line.Path, "emissionFactor"), "emissionFactor", carrier.Id, "燃料请给出 ncv、carbonContent 和 oxidation", "for fuels give ncv, carbonContent and oxidation"));
            }
            else if (ef.Dimension != expected)
            {
                diagnostics.Add(ProjectDiagnostics.WrongDimension(JsonPointer.Member(line.Path, "emissionFactor"), ef.ToString(), expected, carrier.Kind == CarrierKind.Electricity ? "0.5306 kgCO2/kWh" : "0.11 tCO2/GJ"));
            }
            else if (ef.Value < 0)
            {
                diagnostics.Add(ProjectDiagnostics.Negative(JsonPointer.Member(line.Path, "emissionFactor"), ef.ToString()));
            }
        }

        if (line.Origin != EnergyOrigin.Grid && carrier.Kind != CarrierKind.Electricity)
        {
            diagnostics.Add(EngineDiagnostics.NotApplicable(JsonPointer.Member(line.Path, "origin"), "origin", carrier.Id, "来源（余热发电、自有可再生）只适用于电力", "origin (waste-heat, on-site-renewable) applies to electricity only"));
        }

        if (line.Use == EnergyUse.Feedstock && !isFuel)
        {
            diagnostics.Add(EngineDiagnostics.NotApplicable(JsonPointer.Member(line.Path, "use"), "use: feedstock", carrier.Id, "只有燃料可作原料用能", "only fuels can be feedstock"));
        }
    }
}
