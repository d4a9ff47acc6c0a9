using System.Globalization;
using System.Text;
using Carbon.Cli;
using Carbon.Cli.Hosting;

Console.OutputEncoding = Encoding.UTF8;
var environment = new CliEnvironment(
    Console.Out,
    Console.Error,
    CultureInfo.CurrentUICulture.Name,
    !Console.IsOutputRedirected,
    Directory.GetCurrentDirectory());
return CarbonCli.Run(args, environment);
