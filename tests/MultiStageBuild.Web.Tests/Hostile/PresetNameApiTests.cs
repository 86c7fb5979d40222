using System.Net;
using MultiStageBuild.Web.Tests.Api;
using MultiStageBuild.Web.Tests.Hosting;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>Names that look like another or hide characters, through the API: refused under <c>name</c>, or a 409 clash.</summary>
public sealed class PresetNameApiTests(KestrelAppHost host) : IClassFixture<KestrelAppHost>
{
    [Theory]
    [InlineData("Poetry\u202Eppa", "a bidirectional override or isolate (U+202E)")]
    [InlineData("Po\u200Betry", "an invisible formatting character (U+200B)")]
    [InlineData("Poetry\u2028app", "a line separator (U+2028)")]
    [InlineData("Poetry\uFDD0", "a noncharacter (U+FDD0)")]
    [InlineData("Zalgo x\u0301\u0302\u0303\u0304\u0305", "more than 4 combining marks")]
    public async Task ANameWithHiddenOrStackedCharactersIsA400UnderName(string name, string expected)
    {
        using var response = await host.Client.PostJsonAsync("/api/presets", APreset(name).Json());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(expected, Assert.Single(problem.ErrorsFor("name")));
    }

    [Theory]
    [InlineData("Caf\u00e9 {0}", "Cafe\u0301 {0}")]
    [InlineData("Caf\u00e9 {0}", "CAF\u00c9 {0}")]
    public async Task ANameEqualToASavedOneOnceNormalisedAndCaseFoldedIsA409(string saved, string clashing)
    {
        var unique = Guid.NewGuid().ToString("N");
        using var created = await host.Client.PostJsonAsync("/api/presets", APreset(saved.Replace("{0}", unique, StringComparison.Ordinal)).Json());
        using var clash = await host.Client.PostJsonAsync("/api/presets", APreset(clashing.Replace("{0}", unique, StringComparison.Ordinal)).Json());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(saved.Normalize().Replace("{0}", unique, StringComparison.Ordinal), (await created.ReadJsonAsync()).GetProperty("name").GetString());
        var problem = await clash.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already exists", Assert.Single(problem.ErrorsFor("name")));
    }
}
