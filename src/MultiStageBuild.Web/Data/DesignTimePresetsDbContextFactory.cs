using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MultiStageBuild.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the app; it never opens this database.</summary>
public sealed class DesignTimePresetsDbContextFactory : IDesignTimeDbContextFactory<PresetsDbContext>
{
    public PresetsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PresetsDbContext>().UseSqlite("Data Source=presets.design-time.db").Options);
}
