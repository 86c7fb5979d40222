using System.Net;
using MultiStageBuild.Web.Tests.Hosting;

namespace MultiStageBuild.Web.Tests.Api;

public sealed class PromptsApiTests(KestrelAppHost host) : IClassFixture<KestrelAppHost>
{
    [Fact]
    public async Task ListsMultiStageBuildWithItsFourArgumentsInOrder()
    {
        using var response = await host.Client.GetAsync("/api/prompts", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var prompt = Assert.Single((await response.ReadJsonAsync()).EnumerateArray());
        Assert.Equal("multi-stage-build", prompt.GetProperty("name").GetString());
        Assert.Equal("Multi-stage build with rollback points.", prompt.GetProperty("description").GetString());
        var arguments = prompt.GetProperty("arguments").EnumerateArray()
            .Select(a => (
                Name: a.GetProperty("name").GetString(),
                Description: a.GetProperty("description").GetString(),
                Required: a.GetProperty("required").GetBoolean(),
                Default: a.GetProperty("default").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("source", "Local directory path to sync", true, null),
                ("install_cmd", "Dependency installation command", false, "pip install -e ."),
                ("build_cmd", "Build command", false, "python -m build"),
                ("test_cmd", "Test command", false, "pytest"),
            ],
            arguments);
    }
}
