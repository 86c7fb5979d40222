using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using static MultiStageBuild.Core.Prompts.MultiStageBuildPrompt;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Data.Tests;

public sealed class SearchTests : IAsyncLifetime
{
    private TestStore _store = null!;

    private IPresetRepository Repository => _store.Repository;

    // Created in this order (the clock moves a minute per write).
    public async ValueTask InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        await _store.SeedAsync(APreset("poetry app").Described("Poetry with coverage.").Tagged("python", "Poetry")
            .With(InstallCommand, "pip install poetry && poetry install").With(TestCommand, "poetry run pytest --cov"));
        await _store.SeedAsync(APreset("Rust crate").Described("Release build.").Tagged("rust")
            .With(InstallCommand, "cargo fetch").With(BuildCommand, "cargo build --release").With(TestCommand, "cargo test"));
        await _store.SeedAsync(APreset("Django site").Described("100% of tests, snake_case settings.").Tagged("PYTHON", "web")
            .With(Source, "/srv/Django_Site"));
        await _store.SeedAsync(APreset("archived tool").Tagged("python"));
    }

    public async ValueTask DisposeAsync() => await _store.DisposeAsync();

    private async Task<string[]> NamesAsync(PresetQuery query) =>
        [.. (await Repository.SearchAsync(query, Ct)).Items.Select(p => p.Name)];

    [Theory]
    [InlineData("RUST", "Rust crate")]
    [InlineData("with coverage", "poetry app")]
    [InlineData("web", "Django site")]
    [InlineData("--release", "Rust crate")]
    [InlineData("django_site", "Django site")]
    [InlineData("100%", "Django site")]
    [InlineData("  poetry RUN  ", "poetry app")]
    public async Task SearchMatchesNameDescriptionTagsAndArgumentValuesIgnoringCase(string search, string expected)
    {
        Assert.Equal([expected], await NamesAsync(new PresetQuery(search)));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("y_i")]
    [InlineData("\\")]
    public async Task LikeWildcardsInTheSearchAreLiteral(string search)
    {
        var expected = search switch
        {
            "%" or "_" => new[] { "Django site" },
            _ => [],
        };

        Assert.Equal(expected, await NamesAsync(new PresetQuery(search)));
    }

    [Fact]
    public async Task TheTagFilterIgnoresCaseAndCombinesWithSearch()
    {
        Assert.Equal(["archived tool", "Django site", "poetry app"], await NamesAsync(new PresetQuery(Tag: "Python")));
        Assert.Equal(["poetry app"], await NamesAsync(new PresetQuery("cov", Tag: "python")));
        Assert.Empty(await NamesAsync(new PresetQuery(Tag: "pyth")));
    }

    [Fact]
    public async Task SortsByNameByRecentUpdateAndByRecentCreation()
    {
        var rust = (await Repository.FindByNameAsync("rust crate", Ct))!;
        await Repository.UpdateAsync(rust.Id, APreset("Rust crate").Tagged("rust", "systems"), 1, "ada", Ct);

        Assert.Equal(["archived tool", "Django site", "poetry app", "Rust crate"], await NamesAsync(new PresetQuery(Sort: PresetSort.Name)));
        Assert.Equal(["Rust crate", "archived tool", "Django site", "poetry app"], await NamesAsync(new PresetQuery(Sort: PresetSort.RecentlyUpdated)));
        Assert.Equal(["archived tool", "Django site", "Rust crate", "poetry app"], await NamesAsync(new PresetQuery(Sort: PresetSort.RecentlyCreated)));
    }

    [Fact]
    public async Task PagesThroughTheResultsWithTheTotal()
    {
        var second = await Repository.SearchAsync(new PresetQuery(Page: 2, PageSize: 3), Ct);

        Assert.Equal((4, 2, 3), (second.Total, second.Page, second.PageSize));
        Assert.Equal(["Rust crate"], second.Items.Select(p => p.Name));
        Assert.Empty((await Repository.SearchAsync(new PresetQuery(Page: 3, PageSize: 3), Ct)).Items);
    }

    [Theory]
    [InlineData(0, 0, 1, 1)]
    [InlineData(-5, 1000, 1, 200)]
    [InlineData(2, 2, 2, 2)]
    public async Task ClampsThePageAndPageSize(int page, int pageSize, int expectedPage, int expectedPageSize)
    {
        var result = await Repository.SearchAsync(new PresetQuery(Page: page, PageSize: pageSize), Ct);

        Assert.Equal((expectedPage, expectedPageSize), (result.Page, result.PageSize));
        Assert.Equal(Math.Min(expectedPageSize, 4 - ((expectedPage - 1) * expectedPageSize)), result.Items.Count);
    }

    [Fact]
    public async Task TheTrashListsOnlyDeletedPresets()
    {
        var archived = (await Repository.FindByNameAsync("archived tool", Ct))!;
        await Repository.DeleteAsync(archived.Id, 1, "ada", Ct);

        Assert.Equal(["Django site", "poetry app", "Rust crate"], await NamesAsync(new PresetQuery()));
        Assert.Equal(["archived tool"], await NamesAsync(new PresetQuery(Trash: true)));
        Assert.Equal(["archived tool"], await NamesAsync(new PresetQuery("ARCH", Tag: "python", Trash: true)));
        Assert.Equal(2, (await Repository.SearchAsync(new PresetQuery(Tag: "python"), Ct)).Total);
    }

    [Fact]
    public async Task TagsListsEachLiveTagOnceSorted()
    {
        var rust = (await Repository.FindByNameAsync("Rust crate", Ct))!;
        await Repository.DeleteAsync(rust.Id, 1, "ada", Ct);

        Assert.Equal(["Poetry", "python", "web"], await Repository.TagsAsync(Ct));
    }

    [Fact]
    public async Task SearchSeesEveryWriteAtOnce()
    {
        var poetry = (await Repository.FindByNameAsync("poetry app", Ct))!;
        await Repository.UpdateAsync(poetry.Id, poetry.Draft with { Description = "Now with mypy." }, 1, "ada", Ct);

        Assert.Equal(["poetry app"], await NamesAsync(new PresetQuery("MYPY")));
        Assert.Empty(await NamesAsync(new PresetQuery("with coverage")));
    }
}
