using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MultiStageBuild.Web.Tests.Hosting;

namespace MultiStageBuild.Web.Tests.Api;

public sealed class PresetApiTests(KestrelAppHost host) : IClassFixture<KestrelAppHost>
{

    private readonly HttpClient _client = host.Client;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAnswers201WithLocationAndETag()
    {
        var preset = new PresetBuilder().Described("Poetry with coverage").Tagged("python", "poetry").With("test_cmd", "poetry run pytest --cov");

        using var response = await SendAsync(HttpMethod.Post, "/api/presets", preset.Build(), author: "ada");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/presets/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(
            ["id", "name", "slug", "description", "tags", "args", "version", "createdAt", "createdBy", "updatedAt", "updatedBy", "protected"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(preset.Name, body.GetProperty("name").GetString());
        Assert.Equal(["python", "poetry"], body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(
            [("source", "/srv/app"), ("install_cmd", "pip install -e ."), ("build_cmd", "python -m build"), ("test_cmd", "poetry run pytest --cov")],
            body.GetProperty("args").EnumerateObject().Select(p => (p.Name, p.Value.GetString())));
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal("ada", body.GetProperty("createdBy").GetString());
        Assert.Equal("ada", body.GetProperty("updatedBy").GetString());
    }

    [Fact]
    public async Task BlankArgumentsComeBackAsEmptyStringsAndTheAuthorDefaultsToApi()
    {
        var body = new JsonObject { ["name"] = new PresetBuilder().Name, ["args"] = new JsonObject { ["build_cmd"] = "make" } };

        var created = await CreateAsync(body);

        Assert.Equal(
            [("source", ""), ("install_cmd", ""), ("build_cmd", "make"), ("test_cmd", "")],
            created.GetProperty("args").EnumerateObject().Select(p => (p.Name, p.Value.GetString())));
        Assert.Equal("", created.GetProperty("description").GetString());
        Assert.Empty(created.GetProperty("tags").EnumerateArray());
        Assert.Equal("api", created.GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task GetReturnsThePresetWithItsVersionAsETag()
    {
        var created = await CreateAsync(new PresetBuilder().Build());

        using var response = await _client.GetAsync($"/api/presets/{IdOf(created)}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(created.GetRawText(), (await response.ReadJsonAsync()).GetRawText());
    }

    [Fact]
    public async Task GetOfAnUnknownIdIsANotFoundProblem()
    {
        using var response = await _client.GetAsync($"/api/presets/{Guid.NewGuid()}", Cancellation);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.StartsWith("No preset with id", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("tag")]
    [InlineData("argument")]
    [InlineData("description")]
    public async Task ListSearchesNamesTagsArgumentsAndDescriptions(string where)
    {
        var token = Token();
        var preset = where switch
        {
            "name" => new PresetBuilder().Named($"Search {token.ToUpperInvariant()}"),
            "tag" => new PresetBuilder().Tagged(token),
            "argument" => new PresetBuilder().With("build_cmd", $"make {token}"),
            _ => new PresetBuilder().Described($"About {token}."),
        };
        await CreateAsync(preset.Build());
        await CreateAsync(new PresetBuilder().Build());

        var page = await ListAsync($"search={token}");

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(preset.Name, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListFiltersByTagIgnoringCase()
    {
        var tag = Token();
        var tagged = new PresetBuilder().Tagged("python", tag);
        await CreateAsync(tagged.Build());
        await CreateAsync(new PresetBuilder().Described($"Mentions {tag} but is not tagged with it.").Build());

        var page = await ListAsync($"tag={tag.ToUpperInvariant()}");

        Assert.Equal(tagged.Name, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListPagesWithTotalsInNameOrder()
    {
        var tag = Token();
        var names = new[] { "Paged C", "Paged A", "Paged B" }.Select(n => $"{n} {tag}").ToList();
        foreach (var name in names)
        {
            await CreateAsync(new PresetBuilder().Named(name).Tagged(tag).Build());
        }

        var first = await ListAsync($"tag={tag}&pageSize=2");
        var second = await ListAsync($"tag={tag}&pageSize=2&page=2&sort=name");

        Assert.Equal((3, 1, 2), (first.GetProperty("total").GetInt32(), first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32()));
        Assert.Equal((3, 2), (second.GetProperty("total").GetInt32(), second.GetProperty("page").GetInt32()));
        Assert.Equal(
            names.Order(StringComparer.Ordinal),
            first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ListSortsByCreationNewestFirst()
    {
        var tag = Token();
        var older = await CreateAsync(new PresetBuilder().Named($"A older {tag}").Tagged(tag).Build());
        var newer = await CreateAsync(new PresetBuilder().Named($"B newer {tag}").Tagged(tag).Build());

        var page = await ListAsync($"tag={tag}&sort=created");

        Assert.Equal([IdOf(newer), IdOf(older)], page.GetProperty("items").EnumerateArray().Select(IdOf));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=two", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("sort=size", "sort")]
    [InlineData("trash=maybe", "trash")]
    public async Task ListRejectsBadQueryValuesNamingTheParameter(string query, string parameter)
    {
        using var response = await _client.GetAsync($"/api/presets?{query}", Cancellation);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith($"{parameter} must be", Assert.Single(problem.ErrorsFor(parameter)));
    }

    [Fact]
    public async Task UpdateWithIfMatchAnswersTheNewVersion()
    {
        var preset = new PresetBuilder();
        var created = await CreateAsync(preset.Build());

        using var response = await SendAsync(HttpMethod.Put, UrlOf(created), preset.Described("Changed.").Build(), ifMatch: "\"1\"", author: "grace");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var body = await response.ReadJsonAsync();
        Assert.Equal((2, "Changed.", "grace"), (body.GetProperty("version").GetInt32(), body.GetProperty("description").GetString(), body.GetProperty("updatedBy").GetString()));
        Assert.Equal("api", body.GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task UpdateAcceptsWhatGetReturned()
    {
        var created = await CreateAsync(new PresetBuilder().Build());
        var edited = JsonNode.Parse(created.GetRawText())!.AsObject();
        edited["description"] = "Edited from a GET.";

        using var response = await SendAsync(HttpMethod.Put, UrlOf(created), edited, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Edited from a GET.", (await response.ReadJsonAsync()).GetProperty("description").GetString());
    }

    [Fact]
    public async Task StaleIfMatchIsPreconditionFailedWithTheCurrentVersion()
    {
        var preset = new PresetBuilder();
        var created = await CreateAsync(preset.Build());
        (await SendAsync(HttpMethod.Put, UrlOf(created), preset.Described("First edit.").Build(), ifMatch: "\"1\"")).Dispose();

        using var response = await SendAsync(HttpMethod.Put, UrlOf(created), preset.Described("Second edit.").Build(), ifMatch: "\"1\"");

        var problem = await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Contains("version 2", problem.GetProperty("detail").GetString());
        Assert.Equal("First edit.", (await GetAsync(created)).GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task WritesWithoutIfMatchArePreconditionRequired(string method)
    {
        var preset = new PresetBuilder();
        var created = await CreateAsync(preset.Build());

        using var response = await SendAsync(new HttpMethod(method), UrlOf(created), method == "PUT" ? preset.Described("Blind.").Build() : null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("If-Match is required", problem.GetProperty("title").GetString());
        Assert.Equal(1, (await GetAsync(created)).GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateRejectsABlankNameUnderName(string name)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/presets", new PresetBuilder().Named(name).Build());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("A preset needs a name.", Assert.Single(problem.ErrorsFor("name")));
    }

    [Fact]
    public async Task CreateReportsShapeAndRuleErrorsByField()
    {
        var body = new PresetBuilder().Named("").With("source", "relative/path").Build();
        body["tags"] = "python";
        body["args"]!["test_cmd"] = 42;

        using var response = await SendAsync(HttpMethod.Post, "/api/presets", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["tags", "args.test_cmd", "name", "args.source"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains("relative", Assert.Single(problem.ErrorsFor("args.source")));
    }

    [Fact]
    public async Task CreateRefusesANameTakenInAnotherCaseAsAConflict()
    {
        var first = new PresetBuilder();
        await CreateAsync(first.Build());

        using var response = await SendAsync(HttpMethod.Post, "/api/presets", new PresetBuilder().Named(first.Name.ToUpperInvariant()).Build());

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already exists", Assert.Single(problem.ErrorsFor("name")));
    }

    [Fact]
    public async Task RenamingOrRestoringIntoATakenNameIsAConflictNamingName()
    {
        var taken = new PresetBuilder();
        var trashed = await CreateAsync(new PresetBuilder().Named(taken.Name).Build());
        (await SendAsync(HttpMethod.Delete, UrlOf(trashed), null, ifMatch: "\"1\"")).Dispose();
        await CreateAsync(taken.Build());
        var other = new PresetBuilder();
        var renamed = await CreateAsync(other.Build());

        using var rename = await SendAsync(HttpMethod.Put, UrlOf(renamed), other.Named(taken.Name.ToLowerInvariant()).Build(), ifMatch: "\"1\"");
        using var restore = await SendAsync(HttpMethod.Post, $"{UrlOf(trashed)}/restore", null);

        Assert.Contains("already exists", Assert.Single((await rename.AssertProblemAsync(HttpStatusCode.Conflict)).ErrorsFor("name")));
        Assert.Contains("already exists", Assert.Single((await restore.AssertProblemAsync(HttpStatusCode.Conflict)).ErrorsFor("name")));
    }

    [Fact]
    public async Task CreateRejectsABodyOver64KB()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/presets", new PresetBuilder().Described(new string('d', 70 * 1024)).Build());

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task DeleteMovesToTheTrashAndRestoreBringsItBack()
    {
        var tag = Token();
        var created = await CreateAsync(new PresetBuilder().Tagged(tag).Build());

        using var deleted = await SendAsync(HttpMethod.Delete, UrlOf(created), null, ifMatch: "\"1\"");
        var live = await ListAsync($"tag={tag}");
        var trash = await ListAsync($"tag={tag}&trash=true");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, live.GetProperty("total").GetInt32());
        var trashed = Assert.Single(trash.GetProperty("items").EnumerateArray());
        Assert.Equal(IdOf(created), IdOf(trashed));
        Assert.True(trashed.TryGetProperty("deletedAt", out _));

        using var restored = await SendAsync(HttpMethod.Post, $"{UrlOf(created)}/restore", null);

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("\"3\"", restored.Headers.ETag?.Tag);
        Assert.False((await restored.ReadJsonAsync()).TryGetProperty("deletedAt", out _));
        Assert.Equal(1, (await ListAsync($"tag={tag}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UpdateOfAPresetInTheTrashIsNotFound()
    {
        var preset = new PresetBuilder();
        var created = await CreateAsync(preset.Build());
        (await SendAsync(HttpMethod.Delete, UrlOf(created), null, ifMatch: "\"1\"")).Dispose();

        using var response = await SendAsync(HttpMethod.Put, UrlOf(created), preset.Build(), ifMatch: "\"2\"");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RevisionsListEveryKindNewestFirst()
    {
        var preset = new PresetBuilder();
        var created = await CreateAsync(preset.Build());
        var renamed = $"{preset.Name} renamed";
        (await SendAsync(HttpMethod.Put, UrlOf(created), preset.Described("Updated.").Build(), ifMatch: "\"1\"", author: "ada")).Dispose();
        (await SendAsync(HttpMethod.Put, UrlOf(created), preset.Named(renamed).Build(), ifMatch: "\"2\"", author: "grace")).Dispose();
        (await SendAsync(HttpMethod.Delete, UrlOf(created), null, ifMatch: "\"3\"")).Dispose();
        (await SendAsync(HttpMethod.Post, $"{UrlOf(created)}/restore", null)).Dispose();

        var revisions = (await GetJsonAsync($"{UrlOf(created)}/revisions")).EnumerateArray().ToList();

        Assert.Equal(
            [(5, "restored"), (4, "deleted"), (3, "renamed"), (2, "updated"), (1, "created")],
            revisions.Select(r => (r.GetProperty("version").GetInt32(), r.GetProperty("kind").GetString())));
        Assert.Equal(["version", "kind", "at", "author", "preset"], revisions[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "description", "tags", "args"], revisions[0].GetProperty("preset").EnumerateObject().Select(p => p.Name));
        Assert.Equal((renamed, "grace"), (revisions[2].GetProperty("preset").GetProperty("name").GetString(), revisions[2].GetProperty("author").GetString()));
        Assert.Equal("Built by a test.", revisions[4].GetProperty("preset").GetProperty("description").GetString());
    }

    [Fact]
    public async Task RestoringARevisionWritesItAsANewVersion()
    {
        var preset = new PresetBuilder().Described("First.");
        var created = await CreateAsync(preset.Build());
        (await SendAsync(HttpMethod.Put, UrlOf(created), preset.Described("Second.").With("test_cmd", "pytest -x").Build(), ifMatch: "\"1\"")).Dispose();

        using var response = await SendAsync(HttpMethod.Post, $"{UrlOf(created)}/revisions/1/restore", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"3\"", response.Headers.ETag?.Tag);
        var body = await response.ReadJsonAsync();
        Assert.Equal(("First.", "pytest"), (body.GetProperty("description").GetString(), body.GetProperty("args").GetProperty("test_cmd").GetString()));
        var newest = (await GetJsonAsync($"{UrlOf(created)}/revisions")).EnumerateArray().First();
        Assert.Equal((3, "restored"), (newest.GetProperty("version").GetInt32(), newest.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task RestoringAnUnknownRevisionIsNotFound()
    {
        var created = await CreateAsync(new PresetBuilder().Build());

        using var response = await SendAsync(HttpMethod.Post, $"{UrlOf(created)}/revisions/9/restore", null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExportThenImportIntoAFreshHostRoundTrips()
    {
        var first = await CreateAsync(new PresetBuilder().Tagged("python", "team a").With("install_cmd", "pip install \"poetry>=2\" && poetry install").Build());
        var second = await CreateAsync(new PresetBuilder().Described("Ünïcode and \"quotes\".").Tagged().With("source", "").Build());
        using var export = await _client.GetAsync($"/api/presets/export?ids={IdOf(first)},{IdOf(second)}", Cancellation);
        var document = await export.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("presets.json", export.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(2, JsonNode.Parse(document)!["presets"]!.AsArray().Count);

        await using var fresh = new KestrelAppHost();
        await fresh.InitializeAsync();
        using var import = await fresh.Client.PostJsonAsync("/api/presets/import", document);
        var again = await fresh.Client.GetStringAsync("/api/presets/export", Cancellation);

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var outcome = await import.ReadJsonAsync();
        Assert.Equal(
            new[] { first, second }.Select(p => p.GetProperty("name").GetString()).Order(StringComparer.OrdinalIgnoreCase),
            outcome.GetProperty("created").EnumerateArray().Select(n => n.GetString()));
        Assert.Empty(outcome.GetProperty("updated").EnumerateArray());
        Assert.Empty(outcome.GetProperty("skipped").EnumerateArray());
        Assert.Equal(document, again);
    }

    [Fact]
    public async Task ImportSkipsOrUpdatesClashingNamesAndDryRunWritesNothing()
    {
        var existing = new PresetBuilder();
        var created = await CreateAsync(existing.Build());
        var document = Document(existing.Described("Imported.").Build());

        var skipped = await ImportAsync(document, "");
        var dryRun = await ImportAsync(document, "?onClash=update&dryRun=true");
        var unchanged = await GetAsync(created);
        var updated = await ImportAsync(document, "?onClash=update");
        var after = await GetAsync(created);

        Assert.Equal([existing.Name], skipped.GetProperty("skipped").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal([existing.Name], dryRun.GetProperty("updated").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(1, unchanged.GetProperty("version").GetInt32());
        Assert.Equal([existing.Name], updated.GetProperty("updated").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(("Imported.", 2), (after.GetProperty("description").GetString(), after.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task ImportWithOneBadEntryWritesNothing()
    {
        var good = new PresetBuilder();
        var document = Document(good.Build(), new PresetBuilder().With("source", "relative/path").Build());

        using var response = await _client.PostJsonAsync("/api/presets/import", document);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["presets[1].args.source"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, (await ListAsync($"search={Uri.EscapeDataString(good.Name)}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ImportRejectsAnUnknownClashRule()
    {
        using var response = await _client.PostJsonAsync("/api/presets/import?onClash=merge", Document());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("onClash must be skip or update, not 'merge'.", Assert.Single(problem.ErrorsFor("onClash")));
    }

    [Fact]
    public async Task RendersTheBuiltInPoetryPresetAsTheCustomPipelineExample()
    {
        var body = new JsonObject { ["preset"] = "Poetry", ["args"] = new JsonObject { ["source"] = "/path/to/project" } };

        using var response = await SendAsync(HttpMethod.Post, "/api/render", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invocation = (await response.ReadJsonAsync()).GetProperty("invocationJson").GetString()!;
        Assert.Equal(File.ReadAllBytes(Golden.PathOf("example-custom-pipeline.json")), Encoding.UTF8.GetBytes(invocation));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("id")]
    public async Task RendersASavedPresetWithOverrides(string by)
    {
        var preset = new PresetBuilder().With("source", "/srv/default").With("install_cmd", "uv sync").With("build_cmd", "uv build").With("test_cmd", "uv run pytest");
        var created = await CreateAsync(preset.Build());
        var key = by == "id" ? IdOf(created).ToString("N") : preset.Name.ToUpperInvariant();
        var body = new JsonObject { ["preset"] = key, ["args"] = new JsonObject { ["source"] = "/srv/override", ["test_cmd"] = "" } };

        using var response = await SendAsync(HttpMethod.Post, "/api/render", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var full = JsonNode.Parse((await response.ReadJsonAsync()).GetProperty("invocationFullJson").GetString()!)!;
        Assert.Equal("multi-stage-build", (string?)full["prompt"]);
        Assert.Equal(
            [("source", "/srv/override"), ("install_cmd", "uv sync"), ("build_cmd", "uv build"), ("test_cmd", "uv run pytest")],
            full["args"]!.AsObject().Select(p => (p.Key, (string?)p.Value)));
    }

    [Fact]
    public async Task RenderingAnUnknownPresetIsNotFound()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/render", new JsonObject { ["preset"] = $"No such {Token()}" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.StartsWith("No preset named 'No such", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnUnavailableStoreIsServiceUnavailableWhileBuiltInsStillRender()
    {
        var folder = Directory.CreateTempSubdirectory("msb-broken-store-").FullName;
        var path = Path.Combine(folder, "presets.db");
        await File.WriteAllTextAsync(path, "This is not a SQLite database, but it is long enough to look like a header.", Cancellation);
        try
        {
            await using var app = await AppHost.StartAsync(new AppHostOptions { DatabasePath = path });
            var client = app.Client;

            using var list = await client.GetAsync("/api/presets", Cancellation);
            using var render = await client.PostAsync("/api/render", Json(new JsonObject { ["preset"] = "rust", ["args"] = new JsonObject { ["source"] = "/p" } }), Cancellation);

            var problem = await list.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Contains("not a SQLite database", problem.GetProperty("detail").GetString());
            Assert.DoesNotContain(path, problem.GetProperty("detail").GetString());
            Assert.Equal(HttpStatusCode.OK, render.StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Token() => $"t{Guid.NewGuid():N}"[..13];

    private static Guid IdOf(JsonElement preset) => preset.GetProperty("id").GetGuid();

    private static string UrlOf(JsonElement preset) => $"/api/presets/{IdOf(preset)}";

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static string Document(params JsonObject[] presets) => new JsonObject
    {
        ["format"] = "multi-stage-build-presets",
        ["version"] = 1,
        ["presets"] = new JsonArray([.. presets]),
    }.ToJsonString();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, JsonNode? body, string? ifMatch = null, string? author = null)
    {
        // Every change is JSON, even one without a body (restore): the API refuses anything else.
        using var request = new HttpRequestMessage(method, url) { Content = body is not null ? Json(body) : method == HttpMethod.Get ? null : new StringContent("", Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (author is not null)
        {
            request.Headers.Add("X-Author", author);
        }

        return await _client.SendAsync(request, Cancellation);
    }

    private async Task<JsonElement> CreateAsync(JsonObject body)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/presets", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private Task<JsonElement> GetAsync(JsonElement preset) => GetJsonAsync(UrlOf(preset));

    private Task<JsonElement> ListAsync(string query) => GetJsonAsync($"/api/presets?{query}");

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(url, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private async Task<JsonElement> ImportAsync(string document, string query)
    {
        using var response = await _client.PostJsonAsync($"/api/presets/import{query}", document);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}
