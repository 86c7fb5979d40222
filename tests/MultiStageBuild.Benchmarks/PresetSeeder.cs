using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// Fills a migrated preset database with many presets fast: raw inserts in one transaction, each preset with its
/// tags and its "Created" revision, in the columns and formats the app's EF Core mapping writes (see
/// src/MultiStageBuild.Web/Data: Guid as upper-case TEXT, DateTimeOffset as UTC ticks, SearchText as PresetMapping builds it).
/// </summary>
public static class PresetSeeder
{
    private static readonly string[] Projects = ["payments-api", "ledger", "search-indexer", "web-frontend", "ml-trainer", "cli-tools", "auth-service", "billing", "docs-site", "data-pipeline"];

    private static readonly string[] Tags = ["python", "rust", "poetry", "node", "go", "gpu", "ci", "nightly", "release", "docs", "monorepo", "legacy"];

    private static readonly (string Language, string Install, string Build, string Test)[] Toolchains =
    [
        ("python", "pip install -e '.[dev]'", "python -m build", "pytest -v"),
        ("poetry", "pip install poetry && poetry install", "poetry build", "poetry run pytest --cov"),
        ("rust", "cargo fetch", "cargo build --release", "cargo test"),
        ("node", "npm ci", "npm run build", "npm test"),
        ("go", "go mod download", "go build ./...", "go test ./..."),
    ];

    private static readonly JsonSerializerOptions SnapshotOptions = new(JsonSerializerDefaults.Web);

    public static void Seed(string databasePath, int count)
    {
        var random = new Random(42);
        var start = DateTimeOffset.UtcNow.AddDays(-400);
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();

        using var preset = Command(connection, transaction,
            "INSERT INTO Presets (Id, Name, NormalizedName, Description, Source, InstallCmd, BuildCmd, TestCmd, SearchText, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, DeletedAt) " +
            "VALUES ($id, $name, $normalized, $description, $source, $install, $build, $test, $search, 1, $at, $author, $at, $author, NULL)",
            "$id", "$name", "$normalized", "$description", "$source", "$install", "$build", "$test", "$search", "$at", "$author");
        using var tag = Command(connection, transaction,
            "INSERT INTO PresetTags (PresetId, NormalizedTag, Position, Tag) VALUES ($id, $normalized, $position, $tag)",
            "$id", "$normalized", "$position", "$tag");
        using var revision = Command(connection, transaction,
            "INSERT INTO PresetRevisions (PresetId, Version, Kind, At, Author, SnapshotJson) VALUES ($id, 1, 'Created', $at, $author, $snapshot)",
            "$id", "$at", "$author", "$snapshot");

        for (var i = 0; i < count; i++)
        {
            var project = Projects[random.Next(Projects.Length)];
            var toolchain = Toolchains[random.Next(Toolchains.Length)];
            var name = $"{project} {toolchain.Language} {i:D6}";
            var description = random.Next(3) == 0 ? "" : $"How the {project} team builds its {toolchain.Language} code in Contree.";
            var tags = Tags.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Prepend(toolchain.Language).Distinct().ToList();
            var args = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["source"] = random.Next(4) == 0 ? "" : $"/srv/repos/{project}-{i}",
                ["install_cmd"] = toolchain.Install,
                ["build_cmd"] = toolchain.Build,
            };
            if (random.Next(5) != 0)
            {
                args["test_cmd"] = toolchain.Test;
            }

            var id = Guid.CreateVersion7(start.AddMinutes(i));
            var idText = id.ToString().ToUpperInvariant();
            var at = start.AddMinutes(i).UtcTicks;
            var searchText = string.Join('\n', new[] { name, description }.Concat(tags).Concat(args.Values).Where(t => t.Length > 0)).ToLowerInvariant();
            Run(preset, idText, name, name.Trim().ToUpperInvariant(), description, args.GetValueOrDefault("source"), args.GetValueOrDefault("install_cmd"),
                args.GetValueOrDefault("build_cmd"), args.GetValueOrDefault("test_cmd"), searchText, at, "bench");
            for (var position = 0; position < tags.Count; position++)
            {
                Run(tag, idText, tags[position].ToUpperInvariant(), position, tags[position]);
            }

            var snapshot = JsonSerializer.Serialize(new { name, description, tags, args }, SnapshotOptions);
            Run(revision, idText, at, "bench", snapshot);
        }

        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = parameter });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
