using System.Diagnostics;
using System.IO.Compression;
using Carbon.Cli.Tests.Support;

namespace Carbon.Cli.Tests;

/// <summary>
/// Opens the HTML report in headless Chromium (Debian's package; .ci/run installs it when missing): it must render
/// without console errors, with its charts present and sized, and a screenshot is kept under artifacts/screenshots.
/// </summary>
public class HtmlInBrowserTests
{
    private static string? Chromium() => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    [SkippableFact]
    public void The_html_report_renders_in_chromium()
    {
        var browser = Chromium();
        Skip.If(browser is null, "No Chromium on this machine and none could be installed (apt-get install chromium); the HTML was still checked as XML elsewhere.");

        var root = CliRunner.RepoRoot();
        var folder = Directory.CreateDirectory(Path.Combine(root, "artifacts", "screenshots"));
        var html = Path.Combine(folder.FullName, "cement-report.html");
        var png = Path.Combine(folder.FullName, "cement-report.png");
        File.Delete(png);
        var (exit, _, error) = CliRunner.Run("assess", Path.Combine(root, "docs", "samples", "cement-clinker-5000tpd.json"), "--format", "html", "--lang", "zh", "--out", html, "--force");
        exit.Should().BeOneOf([0, 1], error);

        var profile = Directory.CreateTempSubdirectory("carbon-chromium-");
        try
        {
            string[] common = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile.FullName}"];
            var dom = RunBrowser(browser!, [.. common, "--dump-dom", new Uri(html).AbsoluteUri]);
            dom.Error.Should().NotContainAny(["Uncaught", "Refused to", "Failed to load"], "the page must render without console errors");
            dom.Out.Should().Contain("<svg");

            var shot = RunBrowser(browser!, [.. common, "--window-size=1280,2400", $"--screenshot={png}", new Uri(html).AbsoluteUri]);
            File.Exists(png).Should().BeTrue(shot.Error);
            var (width, height, distinct) = InspectPng(png);
            width.Should().Be(1280);
            height.Should().Be(2400);
            distinct.Should().BeGreaterThan(10, "a rendered report with charts has many colours, not a blank page");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static (string Out, string Error) RunBrowser(string browser, string[] args)
    {
        var info = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(90_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish in 90 s.");
        }

        return (output.Result, error.Result);
    }

    /// <summary>Reads a PNG's size and counts distinct byte values of its decompressed image data (a blank page has very few).</summary>
    private static (int Width, int Height, int Distinct) InspectPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        var height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
        using var idat = new MemoryStream();
        for (var i = 8; i + 8 <= bytes.Length;)
        {
            var length = (bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3];
            var type = System.Text.Encoding.ASCII.GetString(bytes, i + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(bytes, i + 8, length);
            }

            i += 12 + length;
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var seen = new HashSet<byte>();
        var buffer = new byte[81920];
        int read;
        while ((read = z.Read(buffer, 0, buffer.Length)) > 0 && seen.Count < 256)
        {
            for (var k = 0; k < read; k++)
            {
                seen.Add(buffer[k]);
            }
        }

        return (width, height, seen.Count);
    }
}
