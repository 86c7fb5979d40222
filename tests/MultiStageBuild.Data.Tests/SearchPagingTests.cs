using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using static MultiStageBuild.Core.Prompts.MultiStageBuildPrompt;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Data.Tests;

/// <summary>
/// 1,200 presets, enough that searches take each way the store has to a page (a walk along the sort order, a walk
/// that gives up because the matches come late, gathering the matches, a scan), checked against a plain filter and
/// sort of every live preset.
/// </summary>
public sealed class SearchPagingTests(SearchPagingTests.Presets presets) : IClassFixture<SearchPagingTests.Presets>
{
    public static TheoryData<string?, string?> Queries => new()
    {
        { null, null },
        { "zulu", null },       // 300 matches, all at the end by name
        { "quokka", null },     // every fourth preset
        { "wombat", null },     // one preset
        { "-q", null },         // two characters, at the very end of the searched text
        { "ß", null },          // one character
        { null, "late" },       // a tag on the last 300 by name
        { null, "EVEN" },
        { "quokka", "late" },
        { "zu", "odd" },
        { "nothing like it", null },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task EveryPageAndTotalIsWhatAPlainFilterAndSortGives(string? search, string? tag)
    {
        foreach (var sort in Enum.GetValues<PresetSort>())
        {
            var expected = presets.Expected(search, tag, sort);
            foreach (var (page, pageSize) in new[] { (1, 25), (2, 25), (7, 25), (12, 25), (13, 25), (1, 50), (3, 200), (1000, 25) })
            {
                var result = await presets.Store.Repository.SearchAsync(new PresetQuery(search, tag, sort, page, pageSize), Ct);

                Assert.Equal(expected.Count, result.Total);
                Assert.Equal(expected.Skip((page - 1) * pageSize).Take(pageSize), result.Items.Select(p => p.Name));
            }
        }
    }

    public sealed class Presets : IAsyncLifetime
    {
        private const int Count = 1200;

        private List<StoredPreset> _live = [];

        public TestStore Store { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Store = await TestStore.CreateAsync();
            var drafts = Enumerable.Range(0, Count).Select(i => APreset($"{(i >= 900 ? "zulu" : new[] { "alpha", "bravo", "charlie", "delta" }[i % 4])} {i:D4}")
                .Described((i % 4 == 0 ? "Every fourth: quokka." : "") + (i == 777 ? "The rare wombat." : "") + (i % 50 == 0 ? " Straße." : ""))
                .Tagged(i % 2 == 0 ? "even" : "odd", i >= 900 ? "late" : "early")
                .With(TestCommand, i % 3 == 0 ? "pytest -q" : "pytest")
                .Draft()).ToList();
            Assert.True((await Store.Repository.ImportAsync(drafts, ImportClash.Skip, "ada", dryRun: false, Ct)).Succeeded);

            // Some changes, so that the three orders differ, and some presets in the trash.
            foreach (var name in new[] { "alpha 0008", "zulu 0904", "charlie 0002", "delta 0011" })
            {
                var preset = (await Store.Repository.FindByNameAsync(name, Ct))!;
                Assert.Equal(SaveStatus.Saved, (await Store.Repository.UpdateAsync(preset.Id, preset.Draft with { Description = "Changed." }, preset.Version, "ada", Ct)).Status);
            }

            foreach (var name in new[] { "alpha 0004", "zulu 0901", "bravo 0001" })
            {
                var preset = (await Store.Repository.FindByNameAsync(name, Ct))!;
                Assert.Equal(SaveStatus.Saved, (await Store.Repository.DeleteAsync(preset.Id, preset.Version, "ada", Ct)).Status);
            }

            _live = [.. await Store.Repository.ExportAsync(null, Ct)];
            Assert.Equal(Count - 3, _live.Count);
        }

        public async ValueTask DisposeAsync() => await Store.DisposeAsync();

        /// <summary>The names a query should list, worked out in memory.</summary>
        public List<string> Expected(string? search, string? tag, PresetSort sort)
        {
            var text = search?.Trim().ToLowerInvariant();
            var matches = _live.Where(p =>
                (text is null || string.Join('\n', new[] { p.Name, p.Draft.Description }.Concat(p.Draft.Tags).Concat(p.Draft.Arguments.Values.Values)).ToLowerInvariant().Contains(text, StringComparison.Ordinal))
                && (tag is null || p.Draft.Tags.Contains(tag.Trim(), StringComparer.OrdinalIgnoreCase)));
            var byName = StringComparer.Ordinal;
            var ordered = sort switch
            {
                PresetSort.RecentlyUpdated => matches.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Name.ToUpperInvariant(), byName),
                PresetSort.RecentlyCreated => matches.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Name.ToUpperInvariant(), byName),
                _ => matches.OrderBy(p => p.Name.ToUpperInvariant(), byName),
            };
            return [.. ordered.Select(p => p.Name)];
        }
    }
}
