using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MultiStageBuild.Web.Data;

namespace MultiStageBuild.Data.Tests.Infrastructure;

/// <summary>A database file as an earlier release left it: migrated up to a given migration, with rows written in that schema.</summary>
public sealed class LegacyStore : IDisposable
{
    private readonly PresetsDbContext _context;

    public LegacyStore(string path, string migration)
    {
        _context = new PresetsDbContext(new DbContextOptionsBuilder<PresetsDbContext>().UseSqlite($"Data Source={path}").Options);
        _context.GetService<IMigrator>().Migrate(migration);
    }

    /// <summary>Adds a preset row as the first releases wrote it (upper-case name key, no slug); returns its id.</summary>
    public Guid Add(string name, DateTimeOffset createdAt, DateTimeOffset? deletedAt = null, string? testCmd = null, string? tag = null)
    {
        var id = Guid.NewGuid();
        var searchText = string.Join('\n', new[] { name, tag, testCmd }.Where(t => t is not null)).ToLowerInvariant();
        _context.Database.ExecuteSql($"""
            INSERT INTO Presets (Id, Name, NormalizedName, Description, TestCmd, SearchText, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, DeletedAt)
            VALUES ({id.ToString().ToUpperInvariant()}, {name}, {name.Trim().ToUpperInvariant()}, '', {testCmd}, {searchText}, 1,
                    {createdAt.UtcTicks}, 'ada', {createdAt.UtcTicks}, 'ada', {deletedAt?.UtcTicks})
            """);
        if (tag is not null)
        {
            _context.Database.ExecuteSql($"INSERT INTO PresetTags (PresetId, NormalizedTag, Position, Tag) VALUES ({id.ToString().ToUpperInvariant()}, {tag.ToUpperInvariant()}, 0, {tag})");
        }

        return id;
    }

    public void Dispose() => _context.Dispose();
}
